// Environment evidence found on a platform command line, in the form the resolver reads.

import { normaliseEnvironmentName } from '../../resolve/environment';
import type { ParsedArgs } from '../args';
import type { EnvHint, EnvHintKind } from '../rule';

/** Hints from the named options that were given with a value (`--context prod` → "from --context prod"). */
export function optionHints(parsed: ParsedArgs, kind: EnvHintKind, ...names: string[]): EnvHint[] {
  const hints: EnvHint[] = [];
  for (const name of names) {
    for (const value of parsed.all.get(name) ?? []) {
      if (value === '') continue;
      hints.push({ kind, value, label: `from ${name} ${value}` });
    }
  }
  return hints;
}

/**
 * The destroyed resource's own name speaks too (`prod-db`), and user mappings of resource globs apply.
 * A name alone may raise the friction, never lower it: `test-runner` in a production cluster must not
 * turn "unknown - treat as production" into development, so names that read as staging or development
 * are left to the user's mapping and the tool's own evidence.
 */
export function resourceHint(value: string | undefined, what: string): EnvHint[] {
  if (value === undefined || value === '') return [];
  const reads = normaliseEnvironmentName(value);
  if (reads === 'staging' || reads === 'development') return [];
  return [{ kind: 'resource', value, label: `from the ${what} name ${value}` }];
}
