// dist/cli.js: the command-line entry (evaluate, explain; hooks and the MCP proxy come later).
import { runCli } from './runCli';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
