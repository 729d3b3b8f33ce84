// awk programs that run commands: `system("rm -rf x")` is read as a shell line; a command
// built from the input (`system($0)`) cannot be read.

import { AWK_COMMANDS, awkProgram, awkRuns } from '../../parse/interpreters/awkCommands';
import type { Hit, Rule } from '../rule';
import { hitsFromShellText } from './nestedShell';

export const awkRunsShell: Rule = {
  id: 'interpreters/awk-runs-shell',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an awk program runs a shell command',
  safer: 'print the commands, read them, then run them',
  tool: 'embedded',
  commands: AWK_COMMANDS,
  match(cmd, ctx) {
    const program = awkProgram(cmd.args.map((a) => a.value));
    if (program === undefined) return undefined;
    const hits: Hit[] = [];
    for (const run of awkRuns(program)) {
      if (run.text !== undefined) hits.push(...hitsFromShellText(run.text, ctx, 'the awk program'));
      else hits.push({ target: cmd.name, reason: `cannot verify: the awk program runs ${run.how}` });
    }
    return hits.length > 0 ? hits : undefined;
  },
};
