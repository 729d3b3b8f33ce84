// Verb dispatch for dist/cli.js. Each verb lives in its own file under verbs/.
// Exit codes (documented in README): 0 ok / allowed, 1 usage or input error, 2 denied (hook verbs), 3 internal error.

import type { Verb } from './verb';
import { evaluateVerb } from './verbs/evaluate';
import { explainVerb } from './verbs/explain';
import { hookVerb } from './verbs/hook';
import { mcpProxyVerb } from './verbs/mcpProxy';
import { shellCheckVerb } from './verbs/shellCheck';

const VERBS: readonly Verb[] = [evaluateVerb, explainVerb, hookVerb, mcpProxyVerb, shellCheckVerb];

export function usage(): string {
  const lines = ['usage: cli.js <verb> [options]', '', 'verbs:'];
  for (const v of VERBS) lines.push(`  ${v.name.padEnd(12)} ${v.summary}`);
  lines.push('', 'exit codes: 0 ok, 1 usage or input error, 2 refused, 3 internal error');
  return lines.join('\n') + '\n';
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 1 : 0;
  }
  const verb = VERBS.find((v) => v.name === name);
  if (!verb) {
    process.stderr.write(`cli.js: unknown verb '${name}'\n` + usage());
    return 1;
  }
  try {
    return await verb.run(rest);
  } catch (err) {
    process.stderr.write(`cli.js ${name}: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 3;
  }
}
