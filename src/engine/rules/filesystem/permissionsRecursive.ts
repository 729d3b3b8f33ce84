import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { parseArgs } from '../args';
import { classifyPath, isSystemOwnedTree, isSystemPath } from './pathClass';
import { readFind } from './findExpression';

const CHANGERS = new Set(['chmod', 'chown', 'chgrp', 'setfacl']);

/**
 * `chmod -R` / `chown -R` / `chgrp -R` over `/`, `~` or a top-level system folder breaks the machine or the
 * account (deny); over a system sub-folder, or a `find -exec chown` sweep of `/` or `~`, it is confirm.
 */
export const permissionsRecursive: Rule = {
  id: 'filesystem/permissions-recursive-system',
  severity: 'critical',
  verdict: 'deny',
  reason: 'recursively changes ownership or permissions of a system folder or your home, which breaks the machine',
  tool: 'filesystem',
  commands: ['chmod', 'chown', 'chgrp', 'setfacl', 'find'],
  match(cmd, ctx) {
    if (cmd.name === 'find') {
      const r = readFind(cmd);
      const changes = r.execs.some((e) => {
        const first = e.find((w) => !['sudo', 'command'].includes(w.value));
        return first !== undefined && CHANGERS.has(first.value.slice(first.value.lastIndexOf('/') + 1));
      });
      if (!changes) return undefined;
      const wide = new Set(['/', ctx.home, '/home', '/Users']);
      const root = r.roots.map((w) => ({ w, info: classifyPath(w, ctx) })).find((x) => x.info.resolved !== undefined && wide.has(x.info.resolved));
      if (!root) return undefined;
      return { verdict: 'confirm', target: root.w.value, reason: 'changes ownership or permissions of files across a whole system folder or home' };
    }
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['--reference', '--from', '-M', '-X', '-m', '-x'] });
    if (!(a.options.has('-R') || a.options.has('--recursive'))) return undefined;
    // The first positional is the mode or owner, unless --reference supplies it.
    const skip = cmd.name === 'setfacl' || a.options.has('--reference') ? 0 : 1;
    const paths = a.positionalIndex.slice(skip).map((i) => cmd.args[i] as Word);
    for (const w of paths) {
      const info = classifyPath(w, ctx);
      if (info.kind === 'disposable') continue;
      if (info.kind === 'catastrophic' && info.resolved !== undefined && (isSystemPath(info.resolved) || info.resolved === '/' || info.resolved === ctx.home || info.resolved === '/home' || info.resolved === '/Users' || info.resolved === '/var')) return { target: w.value };
      if (info.resolved !== undefined && isSystemOwnedTree(info.resolved)) return { verdict: 'confirm', target: w.value, reason: 'recursively changes ownership or permissions under a system folder' };
    }
    return undefined;
  },
};
