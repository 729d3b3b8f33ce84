// Glob matching for user patterns (host, context, resource and path globs), via minimatch.
// Compiled patterns are cached: the same settings are matched against every command.

import { Minimatch } from 'minimatch';

const cache = new Map<string, Minimatch>();

export function globMatch(pattern: string, value: string): boolean {
  let mm = cache.get(pattern);
  if (!mm) {
    mm = new Minimatch(pattern, { dot: true, nocase: true, noext: false });
    if (cache.size > 500) cache.clear();
    cache.set(pattern, mm);
  }
  return mm.match(value);
}
