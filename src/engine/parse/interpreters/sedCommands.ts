// GNU sed runs commands: the `e` flag of `s` runs the pattern space after substitution, and the
// `e command` command runs its argument.

import { HOLE } from './codeLexer';

export type SedRun = { text: string } | { text?: undefined; how: string };

export const SED_COMMANDS: readonly string[] = ['sed', 'gsed'];

/** The scripts of a sed command line (-e, --expression, or the first operand). */
export function sedScripts(words: readonly string[]): string[] {
  const scripts: string[] = [];
  let sawFile = false;
  let firstOperand: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-e' || w === '--expression') {
      if (words[i + 1] !== undefined) scripts.push(words[++i] as string);
    } else if (w.startsWith('--expression=')) scripts.push(w.slice('--expression='.length));
    else if (/^-[nrEsuz]*e./.test(w)) scripts.push(w.slice(w.indexOf('e') + 1));
    else if (/^-[nrEsuz]*e$/.test(w)) {
      if (words[i + 1] !== undefined) scripts.push(words[++i] as string);
    } else if (w === '-f' || w === '--file' || w.startsWith('--file=')) {
      sawFile = true;
      if (w === '-f' || w === '--file') i++;
    } else if (w === '-l' || w === '--line-length') i++;
    else if (!w.startsWith('-') && firstOperand === undefined) firstOperand = w;
  }
  if (scripts.length === 0 && !sawFile && firstOperand !== undefined) scripts.push(firstOperand);
  return scripts;
}

export function sedRuns(script: string): SedRun[] {
  const out: SedRun[] = [];
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i] as string;
    if (/[\s;{}!0-9$,]/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' || c === '\\') {
      // An address regex.
      const delim = c === '\\' ? (script[i + 1] as string) : '/';
      i = skipDelimited(script, c === '\\' ? i + 2 : i + 1, delim);
      continue;
    }
    if (c === 's' || c === 'y') {
      const delim = script[i + 1];
      if (delim === undefined) break;
      const patEnd = skipDelimited(script, i + 2, delim);
      const repEnd = skipDelimited(script, patEnd, delim);
      const replacement = script.slice(patEnd, repEnd - 1);
      let j = repEnd;
      let flags = '';
      while (j < n && /[a-zA-Z0-9]/.test(script[j] as string)) flags += script[j++];
      if (c === 's' && flags.includes('e')) {
        // Matched text (`&`, `\1`) becomes a variable the shell reader cannot resolve: the command
        // is read with unknown arguments, and a command word taken from the input is unreadable.
        const text = replacement.replace(/(^|[^\\])&/g, `$1${HOLE}`).replace(/\\[0-9]/g, HOLE).replace(/\\(.)/g, '$1');
        out.push({ text });
      }
      i = j;
      continue;
    }
    if (c === 'e') {
      const end = script.indexOf('\n', i);
      const arg = script.slice(i + 1, end < 0 ? n : end).trim();
      out.push(arg === '' ? { how: 'the e command runs the pattern space' } : { text: arg });
      i = end < 0 ? n : end;
      continue;
    }
    if (c === 'a' || c === 'i' || c === 'c' || c === 'r' || c === 'w' || c === 'R' || c === 'W' || c === 'b' || c === 't' || c === 'T' || c === ':') {
      const end = script.indexOf('\n', i);
      const semi = c === 'b' || c === 't' || c === 'T' ? script.indexOf(';', i) : -1;
      i = semi >= 0 && (end < 0 || semi < end) ? semi : end < 0 ? n : end;
      continue;
    }
    i++;
  }
  return out;
}

function skipDelimited(s: string, from: number, delim: string): number {
  let i = from;
  while (i < s.length) {
    if (s[i] === '\\') {
      i += 2;
      continue;
    }
    if (s[i] === delim) return i + 1;
    i++;
  }
  return s.length;
}
