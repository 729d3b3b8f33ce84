// Commands an awk program runs: `system("...")`, `"cmd" | getline`, `print ... | "cmd"`.

import { textWithHoles } from './codeCalls';
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

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish', '/bin/sh', '/bin/bash']);

export function awkRuns(program: string): AwkRun[] {
  const t = lexCode(program, 'awk');
  const out: AwkRun[] = [];
  // `cmd = "date"; cmd | getline`: variables assigned one literal string.
  const vars = new Map<string, string>();
  for (let i = 0; i + 2 < t.length; i++) {
    const a = t[i] as CodeToken;
    const eq = t[i + 1] as CodeToken;
    const v = t[i + 2] as CodeToken;
    const after = t[i + 3];
    if (a.t === 'ident' && eq.t === 'punct' && eq.v === '=' && v.t === 'str' && (t[i - 1] as { v?: string } | undefined)?.v !== '=') {
      if (after === undefined || after.t === 'punct') vars.set(a.v, vars.has(a.v) && vars.get(a.v) !== v.v ? '' : v.v);
    }
  }
  const literal = (x: CodeToken | undefined): string | undefined => (x?.t === 'str' ? x.v : x?.t === 'ident' && vars.get(x.v) ? vars.get(x.v) : undefined);
  const piped = (text: string | undefined, how: string): AwkRun => {
    if (text === undefined) return { how };
    return SHELLS.has(text.trim()) ? { how: `text printed into ${text.trim()} (a generated script)` } : { text };
  };
  for (let i = 0; i < t.length; i++) {
    const tok = t[i] as CodeToken;
    if (tok.t === 'ident' && tok.v === 'system' && t[i + 1]?.t === 'punct' && (t[i + 1] as { v: string }).v === '(') {
      // The argument up to the matching paren: literals and values (`"kill " $2`) read as a line
      // with the values unknown; a command word that is itself a value cannot be read.
      let depth = 0;
      const arg: CodeToken[] = [];
      for (let j = i + 2; j < t.length; j++) {
        const x = t[j] as CodeToken;
        if (x.t === 'punct' && x.v === '(') depth++;
        if (x.t === 'punct' && x.v === ')' && depth-- === 0) break;
        arg.push(x.t === 'ident' && vars.get(x.v) ? { t: 'str', v: vars.get(x.v) as string, dynamic: false } : x);
      }
      const text = textWithHoles(arg);
      out.push(text !== undefined ? { text } : { how: 'system() with a command built at run time' });
      continue;
    }
    if (tok.t === 'punct' && tok.v === '|' && (t[i + 1] as { v?: string } | undefined)?.v !== '|' && (t[i - 1] as { v?: string } | undefined)?.v !== '|') {
      const next = t[i + 1];
      if (next?.t === 'ident' && next.v === 'getline') {
        out.push(piped(literal(t[i - 1]), 'a command built at run time piped into getline'));
      } else if (next?.t === 'punct' && next.v === '&') {
        out.push(piped(literal(t[i + 2]), 'a coprocess built at run time'));
      } else {
        out.push(piped(literal(next), 'output piped into a command built at run time'));
      }
    }
  }
  return out;
}
