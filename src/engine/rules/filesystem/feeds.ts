// Where a command's arguments come from when xargs, parallel or find -exec feed it.

import type { SimpleCommand, StdinSource, Word } from '../../model/command';

/** True when this command is run directly by `find -exec` (the find rule judges it). */
export function fedFromFindExec(cmd: SimpleCommand): boolean {
  const last = cmd.via[cmd.via.length - 1] ?? '';
  return last.startsWith('find -');
}

/** The `find` whose results feed this command, directly or through `sh -c` / xargs. */
export function feedingFind(cmd: SimpleCommand): SimpleCommand | undefined {
  const fed = cmd.fedBy;
  return fed?.kind === 'command' && fed.command.name === 'find' ? fed.command : undefined;
}

/** Run by `find -exec` at some depth (`find -exec sh -c 'rm "$0"' {} \;`). */
export function underFindExec(cmd: SimpleCommand): boolean {
  return cmd.via.some((v) => v.startsWith('find -'));
}

/** Literal path words on the line, leaving out the placeholders and variables a feed fills in. */
export function literalPaths(cmd: SimpleCommand, words: readonly Word[]): Word[] {
  return words.filter((w) => w.value !== '{}' && !(cmd.fedBy && w.dynamic));
}

export function producerName(fed: StdinSource): string {
  if (fed.kind === 'command') return fed.command.name || 'a command';
  if (fed.kind === 'file') return fed.path;
  return fed.from;
}

export function textWords(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => ({ value: t.replace(/^['"]|['"]$/g, ''), raw: t, dynamic: false, glob: /[*?[]/.test(t), quoted: false }));
}
