// Commands an awk program runs: `system("...")`, `"cmd" | getline`, `print ... | "cmd"`.

import { lexCode, type CodeToken } from './codeLexer';

export type AwkRun = { text: string } | { text?: undefined; how: string };

export const AWK_COMMANDS: readonly string[] = ['awk', 'gawk', 'nawk', 'mawk', 'busybox-awk'];

/** The program text of an awk command line (not from -f files). */
export function awkProgram(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') return words[i + 1];
    if (w === '-f' || w === '--file' || w.startsWith('-f')) return undefined;
    if (w === '-F' || w === '-v' || w === '--assign' || w === '--field-separator' || w === '-W') {
      i++;
      continue;
    }
    if (w.startsWith('-') && w.length > 1) continue;
    return w;
  }
  return undefined;
}

export function awkRuns(program: string): AwkRun[] {
  const t = lexCode(program, 'awk');
  const out: AwkRun[] = [];
  const literal = (x: CodeToken | undefined): string | undefined => (x?.t === 'str' ? x.v : undefined);
  for (let i = 0; i < t.length; i++) {
    const tok = t[i] as CodeToken;
    if (tok.t === 'ident' && tok.v === 'system' && t[i + 1]?.t === 'punct' && (t[i + 1] as { v: string }).v === '(') {
      // system("literal") alone; anything else (a variable, a concatenation) is built at run time.
      const s = literal(t[i + 2]);
      const closes = t[i + 3]?.t === 'punct' && (t[i + 3] as { v: string }).v === ')';
      out.push(s !== undefined && closes ? { text: s } : { how: 'system() with a command built at run time' });
      continue;
    }
    if (tok.t === 'punct' && tok.v === '|') {
      const next = t[i + 1];
      if (next?.t === 'ident' && next.v === 'getline') {
        const s = literal(t[i - 1]);
        out.push(s !== undefined ? { text: s } : { how: 'a command built at run time piped into getline' });
      } else if (next?.t === 'punct' && next.v === '&') {
        const s = literal(t[i + 2]);
        out.push(s !== undefined ? { text: s } : { how: 'a coprocess built at run time' });
      } else {
        const s = literal(next);
        out.push(s !== undefined ? { text: s } : { how: 'output piped into a command built at run time' });
      }
    }
  }
  return out;
}
