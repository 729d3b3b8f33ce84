// GNU sed's `e` flag and `e` command run shell text: a literal is read as a shell line, text
// built from the input cannot be read.

import { SED_COMMANDS, sedRuns, sedScripts } from '../../parse/interpreters/sedCommands';
import type { Hit, Rule } from '../rule';
import { hitsFromShellText } from './nestedShell';

export const sedExecute: Rule = {
  id: 'interpreters/sed-execute',
  severity: 'high',
  verdict: 'confirm',
  reason: 'a sed script runs a shell command',
  tool: 'embedded',
  commands: SED_COMMANDS,
  match(cmd, ctx) {
    const hits: Hit[] = [];
    for (const script of sedScripts(cmd.args.map((a) => a.value))) {
      for (const run of sedRuns(script)) {
        if (run.text !== undefined) hits.push(...hitsFromShellText(run.text, ctx, 'the sed script'));
        else hits.push({ target: cmd.name, reason: `cannot verify: ${run.how}` });
      }
    }
    return hits.length > 0 ? hits : undefined;
  },
};
