import type { Rule } from '../rule';
import { classifyPath, isSystemPath } from './pathClass';
import { pathsTarget } from './targets';
import { judgeFindSelection } from './findSelection';
import { fedFromFindExec, feedingFind, literalPaths, underFindExec } from './feeds';
import { isRecursiveRm } from './rmRecursive';

/**
 * `rm` without -r of files that hold data or secrets (databases, .env, keys, .git internals) or of system files;
 * files a `find` selects (through `find -exec sh -c`), and `xargs rm` fed by an unfiltered sweep of `/`, `~`,
 * a system folder or the working folder.
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
    const { recursive, paths } = isRecursiveRm(cmd);
    if (recursive && cmd.name === 'rm') return undefined;
    const words = literalPaths(cmd, paths);
    const hits = words
      .map((w) => classifyPath(w, ctx))
      .filter((i) => i.kind === 'protected-file' || i.kind === 'catastrophic' || (i.kind === 'sensitive' && i.resolved !== undefined && isSystemPath(i.resolved)));
    if (hits.length > 0) return { target: pathsTarget(hits.map((h) => h.written)) };
    const find = feedingFind(cmd);
    if (find) {
      const sel = judgeFindSelection(find, ctx);
      if (sel.verdict !== 'allow' && underFindExec(cmd)) return { target: sel.target, reason: 'deletes every file a find selects' };
      if (sel.unfilteredSweep) return { target: sel.target, reason: 'deletes every file a find sweep selects, with no filter' };
    }
    return undefined;
  },
};
