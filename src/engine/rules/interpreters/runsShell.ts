// Interpreter code that runs a shell command (`os.system`, `subprocess.run`, `execSync`, backticks,
// `system`): a literal command is read as the gate reads a line; one built at run time cannot be read.

import { readCodeActions } from '../../parse/interpreters/codeActions';
import { INTERPRETER_COMMANDS, interpreterSource } from '../../parse/interpreters/interpreterSource';
import type { Hit, Rule } from '../rule';
import { hitsFromShellText } from './nestedShell';

export const runsShell: Rule = {
  id: 'interpreters/runs-shell',
  severity: 'high',
  verdict: 'confirm',
  reason: 'interpreter code runs a shell command that the gate stops',
  safer: 'run the command in the terminal directly',
  tool: 'embedded',
  commands: INTERPRETER_COMMANDS,
  match(cmd, ctx) {
    const src = interpreterSource(cmd);
    if (!src) return undefined;
    const hits: Hit[] = [];
    for (const a of readCodeActions(src.code, src.language)) {
      if (a.kind !== 'shell') continue;
      if (a.text === undefined) {
        hits.push({ target: a.api, reason: `cannot verify: ${src.language} code runs a shell command built when it runs (${a.api})` });
        continue;
      }
      hits.push(...hitsFromShellText(a.text, ctx, `${src.language} code (${a.api})`));
    }
    return hits.length > 0 ? hits : undefined;
  },
};
