// What a `find` selects, judged for deletion: disposable (allow), a catastrophic sweep (deny),
// or anything else (confirm), with the typed target being its search root(s).

import type { SimpleCommand } from '../../model/command';
import type { GateVerdict } from '../../model/decision';
import type { RuleContext } from '../rule';
import { classifyPath, isDisposablePattern } from './pathClass';
import { readFind } from './findExpression';
import { pathsTarget } from './targets';

export interface Selection {
  verdict: GateVerdict | 'allow';
  target: string;
  /** The sweep is the whole of `/`, `~`, a system folder or the working folder, with no filter. */
  unfilteredSweep: boolean;
}

export function judgeFindSelection(find: SimpleCommand, ctx: RuleContext): Selection {
  const r = readFind(find);
  // A find rooted at the temp folder selects what lies inside it: disposable (unless the working folder is there).
  // `find /tmp -delete` removes /tmp itself too; narrowed by a filter, -type or -mindepth it only takes what is inside.
  const narrowed = r.filtered || find.args.some((a) => a.value === '-type' || a.value === '-mindepth');
  const infos = r.roots.map((w) => {
    const info = classifyPath(w, ctx);
    if (!narrowed || info.resolved === ctx.cwd) return info;
    const tmpRoot = info.resolved === '/tmp' || info.resolved === '/private/tmp' || (ctx.input.env['TMPDIR'] !== undefined && info.resolved === ctx.input.env['TMPDIR'].replace(/\/+$/, ''));
    return tmpRoot && !ctx.cwd.startsWith((info.resolved ?? '') + '/') ? { ...info, kind: 'disposable' as const } : info;
  });
  const target = pathsTarget(r.roots.map((w) => w.value));
  const namesDisposable = r.names.length > 0 && !r.negated && r.names.every(isDisposablePattern);
  if (infos.every((i) => i.kind === 'disposable') || namesDisposable) return { verdict: 'allow', target, unfilteredSweep: false };
  const catastrophic = infos.some((i) => i.kind === 'catastrophic');
  const wholeCwd = infos.some((i) => i.kind === 'cwd-whole' || (i.resolved !== undefined && i.resolved === ctx.cwd));
  if (catastrophic && !r.filtered) return { verdict: 'deny', target, unfilteredSweep: true };
  return { verdict: 'confirm', target, unfilteredSweep: !r.filtered && (catastrophic || wholeCwd) };
}
