// A unified-style line diff for the install preview (files here are small: an LCS table is fine).

export function lineDiff(before: string | undefined, after: string | undefined, label: string): string {
  const a = before === undefined ? [] : before.split(/\r?\n/);
  const b = after === undefined ? [] : after.split(/\r?\n/);
  if (a.length > 0 && a[a.length - 1] === '') a.pop();
  if (b.length > 0 && b[b.length - 1] === '') b.pop();
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: string[] = [`--- ${before === undefined ? '/dev/null (new file)' : label}`, `+++ ${after === undefined ? '/dev/null (file removed)' : label}`];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(`  ${a[i] ?? ''}`);
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i]?.[j + 1] ?? 0) > (lcs[i + 1]?.[j] ?? 0))) {
      out.push(`+ ${b[j] ?? ''}`);
      j++;
    } else {
      out.push(`- ${a[i] ?? ''}`);
      i++;
    }
  }
  return out.join('\n');
}
