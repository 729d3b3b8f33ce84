// The typed target for a set of paths: the one path as written, or a count such as `3 paths`.

export function pathsTarget(written: readonly string[]): string {
  const unique = [...new Set(written)];
  if (unique.length === 1) return unique[0] as string;
  return `${unique.length} paths`;
}
