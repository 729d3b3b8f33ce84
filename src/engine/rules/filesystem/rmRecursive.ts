import type { SimpleCommand, Word } from '../../model/command';
import type { Hit, Rule, RuleContext } from '../rule';
import { parseArgs } from '../args';
import { classifyPath, type PathInfo } from './pathClass';
import { pathsTarget } from './targets';
import { judgeFindSelection } from './findSelection';
import { fedFromFindExec, feedingFind, literalPaths, producerName, textWords } from './feeds';

export function isRecursiveRm(cmd: SimpleCommand): { recursive: boolean; paths: Word[] } {
  const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['--interactive'] });
  const recursive = a.options.has('-r') || a.options.has('-R') || a.options.has('--recursive');
  return { recursive, paths: a.positionalIndex.map((i) => cmd.args[i] as Word) };
}

/** `rm -r` / `-R` / `--recursive`, also through xargs, parallel and `find -exec sh -c`. */
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
    if (cmd.args.some((a) => a.value.toLowerCase() === '-whatif')) return undefined; // PowerShell dry run
    const { recursive, paths } = isRecursiveRm(cmd);
    if (!recursive) return undefined;
    const words = literalPaths(cmd, paths);
    const literal = words.length > 0 ? judgePaths(words, ctx, cmd, new Set()) : undefined;
    if (literal?.verdict === 'deny') return literal;
    const find = feedingFind(cmd);
    if (find) {
      const sel = judgeFindSelection(find, ctx);
      if (sel.verdict !== 'allow') return { target: sel.target, reason: 'deletes every folder tree a find selects' };
    } else if (cmd.fedBy?.kind === 'text') {
      const fedWords = textWords(cmd.fedBy.text);
      return judgePaths([...words, ...fedWords], ctx, cmd, new Set(fedWords));
    } else if (cmd.fedBy && words.length === 0) {
      const from = producerName(cmd.fedBy);
      return { target: from, reason: `deletes folder trees named by ${from}, known only at run time` };
    }
    return literal;
  },
};

/** `fed`: words that came from input (xargs, parallel); with cmd.dataFlow, a deny-level target read that way is confirm. */
export function judgePaths(words: readonly Word[], ctx: RuleContext, cmd: SimpleCommand, fed: ReadonlySet<Word>): Hit | undefined {
  const infos: PathInfo[] = words.map((w) => classifyPath(w, ctx));
  if (infos.every((i) => i.kind === 'disposable')) return undefined;
  const target = pathsTarget(infos.filter((i) => i.kind !== 'disposable').map((i) => i.written));
  const index = infos.findIndex((i) => i.kind === 'catastrophic');
  const catastrophic = infos[index];
  if (catastrophic) {
    // A deny target that only arrives through data flow (xargs, a variable) is confirm: the text cannot prove it.
    const viaData = cmd.dataFlow === true || fed.has(words[index] as Word);
    return {
      verdict: viaData ? 'confirm' : 'deny',
      target: catastrophic.written,
      reason: `deletes ${catastrophic.resolved ?? catastrophic.written}, a folder no command from an editor should remove`,
    };
  }
  if (infos.some((i) => i.kind === 'cwd-whole')) return { target, reason: 'deletes everything in the current folder' };
  return { target };
}
