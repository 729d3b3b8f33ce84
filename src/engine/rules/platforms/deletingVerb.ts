// The policy's catch-all for platform and cloud CLIs: a subcommand whose verb deletes.
// CLIs put the verb after one or more nouns (`gcloud sql instances delete x`, `railway volume rm`),
// so the verb is looked for among the leading positionals only, never among names after it.

export const DELETING_VERBS: ReadonlySet<string> = new Set([
  'delete',
  'destroy',
  'remove',
  'rm',
  'rb',
  'purge',
  'wipe',
  'terminate',
  'drop',
  'reset',
  'del',
]);

export interface DeletingVerb {
  verb: string;
  /** Index of the verb among the positionals. */
  index: number;
  /** The nouns before the verb: `['sql', 'instances']`. */
  path: string[];
  /** The positionals after the verb: usually the names being deleted. */
  rest: string[];
}

/** The first deleting verb within the first `depth` positionals. */
export function findDeletingVerb(
  positionals: readonly string[],
  depth = 5,
  verbs: ReadonlySet<string> = DELETING_VERBS,
): DeletingVerb | undefined {
  const limit = Math.min(depth, positionals.length);
  for (let i = 0; i < limit; i++) {
    const word = (positionals[i] as string).toLowerCase();
    if (verbs.has(word)) {
      return { verb: word, index: i, path: positionals.slice(0, i).map((p) => p.toLowerCase()), rest: positionals.slice(i + 1) };
    }
  }
  return undefined;
}

/** One name, or a count the user can type when several things go at once: `3 instances`. */
export function nameOrCount(names: readonly string[], plural: string): string | undefined {
  const distinct = [...new Set(names.filter((n) => n.length > 0))];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return distinct[0];
  return `${distinct.length} ${plural}`;
}

/** The last path segment of a folder as written (`./environments/prod/` → `environments/prod`). */
export function folderName(path: string): string {
  const trimmed = path.replace(/\/+$/, '').replace(/^\.\//, '');
  return trimmed === '' || trimmed === '.' ? path : trimmed;
}

/** The basename of an absolute working folder, as the name of "this project". */
export function cwdName(cwd: string): string {
  const parts = cwd.split(/[\\/]/).filter((p) => p.length > 0);
  return parts[parts.length - 1] ?? cwd;
}
