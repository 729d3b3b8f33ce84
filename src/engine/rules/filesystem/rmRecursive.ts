import type { SimpleCommand, Word } from '../../model/command';
import type { Hit, Rule, RuleContext } from '../rule';
import { parseArgs } from '../args';
import { classifyPath, type PathInfo } from './pathClass';
import { pathsTarget } from './targets';
import { judgeFindSelection } from './findSelection';
import { fedFromFindExec, producerName, textWords } from './feeds';

/** `rm -r` / `-R` / `--recursive`, also through xargs and parallel. */
export const rmRecursive: Rule = {
  id: 'filesystem/rm-recursive',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes a folder tree; nothing goes to a trash can and it cannot be undone',
  safer: 'move it aside first (mv dir dir.old) or use a trash command',
  tool: 'filesystem',
  commands: ['rm'],
  match(cmd, ctx) {
    if (fedFromFindExec(cmd)) return undefined; // judged by filesystem/find-delete
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['--interactive'] });
    const recursive = a.options.has('-r') || a.options.has('-R') || a.options.has('--recursive');
    if (!recursive) return undefined;
    const words = a.positionalIndex.map((i) => cmd.args[i] as Word).filter((w) => w.value !== '{}');
    const fed = cmd.fedBy;
    if (fed) {
      if (fed.kind === 'command' && fed.command.name === 'find') {
        const sel = judgeFindSelection(fed.command, ctx);
        if (sel.verdict === 'allow' && words.length === 0) return undefined;
        if (sel.verdict !== 'allow') return { verdict: sel.verdict === 'deny' ? 'confirm' : 'confirm', target: sel.target };
      } else if (fed.kind === 'text') {
        words.push(...textWords(fed.text));
      } else if (words.length === 0) {
        return { target: producerName(fed), reason: `deletes folder trees named by ${producerName(fed)}, known only at run time` };
      }
    }
    if (words.length === 0) return undefined;
    return judgePaths(words, ctx, cmd);
  },
};

export function judgePaths(words: readonly Word[], ctx: RuleContext, cmd: SimpleCommand): Hit | undefined {
  const infos: PathInfo[] = words.map((w) => classifyPath(w, ctx));
  if (infos.every((i) => i.kind === 'disposable')) return undefined;
  const target = pathsTarget(infos.filter((i) => i.kind !== 'disposable').map((i) => i.written));
  const catastrophic = infos.find((i) => i.kind === 'catastrophic');
  if (catastrophic) {
    // A deny target that only arrives through data flow (xargs, a variable) is confirm: the text cannot prove it.
    const viaData = cmd.fedBy !== undefined;
    return {
      verdict: viaData ? 'confirm' : 'deny',
      target: catastrophic.written,
      reason: `deletes ${catastrophic.resolved ?? catastrophic.written}, a folder no command from an editor should remove`,
    };
  }
  if (infos.some((i) => i.kind === 'cwd-whole')) return { target, reason: 'deletes everything in the current folder' };
  return { target };
}
