// Names that arrive through xargs (or parallel) are not on the line: `docker volume ls -q | xargs
// docker volume rm` deletes every volume the pipe lists. The typed target then says so.

import type { SimpleCommand } from '../../model/command';

const FEEDERS = new Set(['xargs', 'parallel']);

export function namesArePiped(cmd: SimpleCommand): boolean {
  return cmd.via.some((w) => FEEDERS.has(w.split(/\s+/)[0] ?? ''));
}

/** Drops xargs placeholders (`{}`, `%`) from a list of names when the names come from the pipe. */
export function withoutPlaceholders(cmd: SimpleCommand, names: readonly string[]): string[] {
  if (!namesArePiped(cmd)) return [...names];
  return names.filter((n) => n !== '{}' && n !== '%' && n !== '{1}');
}

export function pipedTarget(plural: string): string {
  return `${plural} from the pipe`;
}
