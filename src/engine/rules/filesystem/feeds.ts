// Where a command's arguments come from when xargs, parallel or find -exec feed it.

import type { SimpleCommand, StdinSource, Word } from '../../model/command';

/** True when this command is run directly by `find -exec` (the find rule judges it). */
export function fedFromFindExec(cmd: SimpleCommand): boolean {
  const last = cmd.via[cmd.via.length - 1] ?? '';
  return last.startsWith('find -');
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
