import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { parseArgs } from '../args';
import { classifyPath } from './pathClass';
import { pathsTarget } from './targets';
import { judgeFindSelection } from './findSelection';
import { fedFromFindExec } from './feeds';

/**
 * `rm` without -r of files that hold data or secrets (databases, .env, keys, .git internals) or of system files;
 * and `xargs rm` fed by an unfiltered sweep of `/`, `~`, a system folder or the working folder.
 */
export const rmProtectedFile: Rule = {
  id: 'filesystem/rm-protected-file',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes a database, secret, system or git file that cannot be recovered',
  safer: 'rename it (mv file file.bak) until you are sure',
  tool: 'filesystem',
  commands: ['rm', 'unlink'],
  match(cmd, ctx) {
    if (fedFromFindExec(cmd)) return undefined;
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['--interactive'] });
    if (a.options.has('-r') || a.options.has('-R') || a.options.has('--recursive')) return undefined;
    const words = a.positionalIndex.map((i) => cmd.args[i] as Word).filter((w) => w.value !== '{}');
    const hits = words.map((w) => classifyPath(w, ctx)).filter((i) => i.kind === 'protected-file' || i.kind === 'sensitive' || i.kind === 'catastrophic');
    if (hits.length > 0) return { target: pathsTarget(hits.map((h) => h.written)) };
    const fed = cmd.fedBy;
    if (fed?.kind === 'command' && fed.command.name === 'find') {
      const sel = judgeFindSelection(fed.command, ctx);
      if (sel.unfilteredSweep) return { target: sel.target, reason: 'deletes every file a find sweep selects, with no filter' };
    }
    return undefined;
  },
};
