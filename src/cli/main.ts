// dist/cli.js entry. Run directly it dispatches the verb; required by the lean hook entry
// (dist/hook.js) it only exports what that entry hands over to.
import { runCli } from './runCli';

export { runCli } from './runCli';
export { runHookCommand } from './verbs/hook';

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
