// The engine's fast path: can any rule, or the reader's unwrapping, possibly find something in this line?
// A line whose words name no rule's command and no wrapper, with no expansion (`$`, backticks), no output
// redirection and no escapes, is allowed without being parsed. Quotes are skipped rather than split on, so
// `r''m` still reads as `rm`; words are lower-cased and cut at `/` and `.`, so `/usr/bin/RM` and `git.exe` count.
// A test proves this is a superset of what the full reading gates, over every corpus and rule table.

import { BUILT_IN_INDEX, type RuleIndex } from '../../rules/registry';
import { GATE_NAME_TEXT } from '../../model/gateNames';
import { READER_WORDS } from './unwrap';

export function triggerWords(index: RuleIndex = BUILT_IN_INDEX): Set<string> {
  const names = new Set<string>();
  const add = (n: string): void => {
    const lower = n.toLowerCase();
    names.add(lower);
    const dot = lower.indexOf('.');
    if (dot > 0) names.add(lower.slice(0, dot));
  };
  for (const n of index.byCommand.keys()) add(n.replace(/\.\*$/, ''));
  for (const n of READER_WORDS) add(n);
  // `cd` moves where later commands run, so a statement holding one is never skipped (see splitStatements).
  add('cd');
  add('pushd');
  return names;
}

const DEFAULT_TRIGGERS = triggerWords();

function isSeparator(code: number): boolean {
  // whitespace ; & | ( ) < { } / = ,
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 59 || code === 38 || code === 124 || code === 40 || code === 41 || code === 60 || code === 123 || code === 125 || code === 47 || code === 61 || code === 44;
}

/** True when the line must be read in full. */
export function mayNeedReading(line: string, triggers: ReadonlySet<string> = DEFAULT_TRIGGERS): boolean {
  const n = line.length;
  let start = -1;
  let quoted = false;
  let upper = false;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? line.charCodeAt(i) : 32;
    // Expansions, backticks, output redirection, escapes and PowerShell static calls always need reading.
    if (code === 36 || code === 96 || code === 62 || code === 92 || (code === 58 && line.charCodeAt(i + 1) === 58)) return true;
    if (isSeparator(code)) {
      if (start >= 0) {
        let token = line.slice(start, i);
        if (quoted) token = token.replace(/['"]/g, ''); // quotes join, they do not split: `r''m` is `rm`
        if (upper) token = token.toLowerCase();
        if (token.length > 0 && hits(token, triggers)) return true;
        start = -1;
        quoted = false;
        upper = false;
      }
      continue;
    }
    if (start < 0) start = i;
    if (code === 39 || code === 34) quoted = true;
    else if (code >= 65 && code <= 90) upper = true;
  }
  return false;
}

function hits(token: string, triggers: ReadonlySet<string>): boolean {
  if (triggers.has(token)) return true;
  // The gate's own state: assignments (`__dag_pf_every=1`, `BASH_ENV=x cmd`) have no command word.
  if ((token.includes('_') || token === 'zdotdir') && GATE_NAME_TEXT.test(token)) return true;
  const dot = token.indexOf('.');
  if (dot > 0 && triggers.has(token.slice(0, dot))) return true;
  if (dot === 0 && token.length === 1) return true; // `. script` sources a file
  return false;
}

/**
 * Splits a line at top-level `;`, `&&`, `||`, `&` and newlines, outside quotes, parentheses and braces, for
 * lines too long to read whole cheaply. Returns the line itself when it holds a heredoc (whose body spans
 * newlines) or when its quoting cannot be followed.
 */
export function splitStatements(line: string): string[] {
  if (line.includes('<<')) return [line];
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92 && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 92) {
      i++;
      continue;
    }
    if (c === 39 || c === 34 || c === 96) {
      quote = c;
      continue;
    }
    if (c === 40 || c === 123) depth++;
    else if ((c === 41 || c === 125) && depth > 0) depth--;
    else if (depth === 0 && (c === 59 || c === 10 || c === 38 || (c === 124 && line.charCodeAt(i + 1) === 124))) {
      out.push(line.slice(start, i));
      if ((c === 38 || c === 124) && line.charCodeAt(i + 1) === c) i++;
      start = i + 1;
    }
  }
  if (quote !== 0 || depth !== 0) return [line];
  out.push(line.slice(start));
  return out;
}
