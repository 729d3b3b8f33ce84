// Flags that answer a CLI's own "are you sure?" prompt. They are reported, never obeyed:
// an agent can type `--yes` as easily as anything else.

import type { ParsedArgs } from '../args';

export function consentGiven(parsed: ParsedArgs, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const v = parsed.options.get(name);
    if (v === undefined) continue;
    found.push(v === true ? name : `${name} ${v}`);
  }
  return found;
}

export const YES_FLAGS: readonly string[] = ['-y', '--yes', '--force', '--confirm', '--no-confirm', '--auto-confirm', '--skip-confirmation', '--non-interactive', '-q', '--quiet'];
