import type { Rule } from '../rule';
import { readFind, execDeleter } from './findExpression';
import { judgeFindSelection } from './findSelection';

/** `find ... -delete` and `find ... -exec rm|shred|unlink`, unless only disposable things are selected. */
export const findDelete: Rule = {
  id: 'filesystem/find-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes every file find selects, with no undo',
  safer: 'run the same find with -print first and check the list',
  tool: 'filesystem',
  commands: ['find'],
  match(cmd, ctx) {
    const r = readFind(cmd);
    const deleter = r.execs.map(execDeleter).find((d) => d !== undefined);
    if (!r.deletes && !deleter) return undefined;
    const sel = judgeFindSelection(cmd, ctx);
    if (sel.verdict === 'allow') return undefined;
    return { verdict: sel.verdict, target: sel.target };
  },
};
