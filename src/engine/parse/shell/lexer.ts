// A forgiving bash lexer: words with their quoting resolved, operators, redirections and heredoc bodies.
// It never throws: unbalanced quotes close at the end of input (an interactive shell would wait for the
// rest; we read what is there), and every loop advances, so work is linear in the input.

import type { RedirectOp, Word } from '../../model/command';

export interface WordToken {
  t: 'word';
  w: Word;
  /** Command substitutions inside the word (`$( )`, backticks): their text runs. */
  subs: string[];
  /** Process substitutions `<( )` / `>( )`: their text runs. */
  procSubs: string[];
  /** Lone `((`...`))` arithmetic command. */
  arith?: boolean;
  start: number;
  end: number;
}

export interface OpToken {
  t: 'op';
  op: string;
  start: number;
  end: number;
}

export interface RedirToken {
  t: 'redir';
  op: RedirectOp;
  fd?: number;
  heredoc?: { delim: string; strip: boolean; quoted: boolean; body: string };
  start: number;
  end: number;
}

export type Token = WordToken | OpToken | RedirToken;

export interface LexResult {
  tokens: Token[];
  /** The input ended inside a quote or substitution. */
  unterminated: boolean;
}

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/** Bound on nested `$(`/`${`/quotes inside one word, so hostile nesting stays linear. */
const MAX_NEST = 200;

const NO_STRINGS: string[] = [];

/** Characters that end or complicate a plain word: metacharacters, quotes, escapes, expansions, globs. */
function isPlainWordChar(code: number): boolean {
  // a-z A-Z 0-9 and - _ . / , : + = @ % ^ ~ !
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 95 || code === 46 || code === 47 || code === 44 || code === 58 || code === 43 || code === 61 || code === 64 || code === 37 || code === 94 || code === 126 || code === 33;
}

export function lex(input: string): LexResult {
  // Flatten a concatenated string once, so indexing stays O(1).
  const src = input.length > 4096 ? (' ' + input).slice(1) : input;
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  let unterminated = false;
  const pendingHeredocs: RedirToken[] = [];
  let wantDelim: RedirToken | undefined;
  let atCommandStart = true;

  const readHeredocBodies = (): void => {
    for (const h of pendingHeredocs) {
      const hd = h.heredoc;
      if (!hd) continue;
      const lines: string[] = [];
      while (i < n) {
        let eol = src.indexOf('\n', i);
        if (eol < 0) eol = n;
        let line = src.slice(i, eol);
        i = eol < n ? eol + 1 : n;
        if (hd.strip) line = line.replace(/^\t+/, '');
        if (line === hd.delim || line.trimEnd() === hd.delim) {
          hd.body = lines.join('\n');
          lines.length = 0;
          break;
        }
        lines.push(line);
      }
      if (lines.length > 0) hd.body = lines.join('\n');
    }
    pendingHeredocs.length = 0;
  };

  while (i < n) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of the line (a `#` inside a word never reaches here).
      const eol = src.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === '\n') {
      tokens.push({ t: 'op', op: '\n', start: i, end: i + 1 });
      i++;
      if (pendingHeredocs.length > 0) readHeredocBodies();
      atCommandStart = true;
      continue;
    }
    // The common case first: a plain word of letters, digits and path characters.
    if (wantDelim === undefined && c !== '#' && c !== '(' && c !== ')') {
      let j = i;
      while (j < n && isPlainWordChar(src.charCodeAt(j))) j++;
      const next = j < n ? src.charCodeAt(j) : 32;
      const simpleEnd = next === 32 || next === 9 || next === 10 || next === 59 || next === 124 || next === 38 || next === 41;
      if (j > i && simpleEnd) {
        const text = src.slice(i, j);
        tokens.push({ t: 'word', w: { value: text, raw: text, dynamic: false, glob: false, quoted: false }, subs: NO_STRINGS, procSubs: NO_STRINGS, start: i, end: j });
        i = j;
        atCommandStart = false;
        continue;
      }
    }
    // Redirections, with an optional fd number directly before them.
    const redir = c === '<' || c === '>' || c === '&' || (c >= '0' && c <= '9') ? matchRedirect(src, i) : undefined;
    if (redir) {
      const tok: RedirToken = { t: 'redir', op: redir.op, start: i, end: i + redir.len };
      if (redir.fd !== undefined) tok.fd = redir.fd;
      i += redir.len;
      tokens.push(tok);
      if (redir.op === '<<' || redir.op === '<<-') {
        tok.heredoc = { delim: '', strip: redir.op === '<<-', quoted: false, body: '' };
        wantDelim = tok;
      }
      continue;
    }
    const arithEnd = c === '(' && src[i + 1] === '(' && atCommandStart ? findArithEnd(src, i + 2) : -1;
    // `((cmd) )` never closes with `))`: bash reads it as two subshells.
    if (arithEnd >= 0 && arithEnd < n) {
      // Arithmetic command (( ... )): nothing in it runs except substitutions, which we still read.
      const end = arithEnd;
      const inner = src.slice(i + 2, end);
      const subs: string[] = [];
      collectSubs(inner, subs);
      tokens.push({ t: 'word', w: { value: inner, raw: src.slice(i, end + 2), dynamic: true, glob: false, quoted: false }, subs, procSubs: [], arith: true, start: i, end: Math.min(n, end + 2) });
      i = Math.min(n, end + 2);
      atCommandStart = false;
      continue;
    }
    if ((c === '<' || c === '>') && src[i + 1] === '(') {
      const end = findClose(src, i + 2, '(', ')');
      const inner = src.slice(i + 2, end);
      tokens.push({ t: 'word', w: { value: src.slice(i, end + 1), raw: src.slice(i, end + 1), dynamic: true, glob: false, quoted: false }, subs: [], procSubs: [inner], start: i, end: end + 1 });
      if (end >= n) unterminated = true;
      i = Math.min(n, end + 1);
      atCommandStart = false;
      continue;
    }
    const op = c === ';' || c === '&' || c === '|' || c === '(' || c === ')' ? matchOp(src, i) : undefined;
    if (op) {
      tokens.push({ t: 'op', op, start: i, end: i + op.length });
      i += op.length;
      atCommandStart = op !== ')';
      continue;
    }
    const start = i;
    const res = readWord(src, i);
    i = res.end;
    if (res.unterminated) unterminated = true;
    const tok: WordToken = { t: 'word', w: res.word, subs: res.subs, procSubs: res.procSubs, start, end: i };
    tokens.push(tok);
    if (wantDelim?.heredoc) {
      wantDelim.heredoc.delim = res.word.value;
      wantDelim.heredoc.quoted = res.word.quoted;
      pendingHeredocs.push(wantDelim);
      wantDelim = undefined;
    }
    atCommandStart = false;
  }
  if (pendingHeredocs.length > 0) readHeredocBodies();
  return { tokens, unterminated };
}

function matchRedirect(src: string, i: number): { op: RedirectOp; fd?: number; len: number } | undefined {
  let j = i;
  let fd: number | undefined;
  while (j < src.length && j - i < 3 && src.charCodeAt(j) >= 48 && src.charCodeAt(j) <= 57) j++;
  if (j > i) {
    const ch = src[j];
    if (ch !== '<' && ch !== '>') return undefined;
    // Only a number directly touching the operator is an fd, and only at a word boundary.
    if (i > 0 && !META.has(src[i - 1] as string)) return undefined;
    fd = Number(src.slice(i, j));
  }
  const rest = src.slice(j, j + 4);
  const ops: RedirectOp[] = ['<<<', '<<-', '&>>', '>>', '<<', '>|', '<>', '>&', '<&', '&>', '>', '<'];
  for (const op of ops) {
    if (rest.startsWith(op)) {
      if ((op === '<' || op === '>') && src[j + 1] === '(') return undefined;
      if (op === '&>' && fd !== undefined) continue;
      const r: { op: RedirectOp; fd?: number; len: number } = { op, len: j - i + op.length };
      if (fd !== undefined) r.fd = fd;
      return r;
    }
  }
  return undefined;
}

function matchOp(src: string, i: number): string | undefined {
  const two = src.slice(i, i + 3);
  for (const op of [';;&', ';;', ';&', '&&', '||', '|&']) if (two.startsWith(op)) return op;
  const c = src[i] as string;
  if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') return c;
  return undefined;
}

/** Index of the `)` closing a `(` opened just before `from`, skipping quotes and nested parens. */
export function findClose(src: string, from: number, open: string, close: string): number {
  let depth = 1;
  let i = from;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'") {
      const e = src.indexOf("'", i + 1);
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (c === '"') {
      i = skipDouble(src, i + 1);
      continue;
    }
    if (c === '`') {
      const e = src.indexOf('`', i + 1);
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return n;
}

function findArithEnd(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0 && src[i + 1] === ')') return i;
      if (depth > 0) depth--;
    }
  }
  return src.length;
}

/** Returns the index just past the closing `"`. */
function skipDouble(src: string, from: number): number {
  let i = from;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '"') return i + 1;
    if (c === '$' && src[i + 1] === '(') {
      i = findClose(src, i + 2, '(', ')') + 1;
      continue;
    }
    if (c === '`') {
      const e = src.indexOf('`', i + 1);
      i = e < 0 ? n : e + 1;
      continue;
    }
    i++;
  }
  return n;
}

function collectSubs(text: string, subs: string[]): void {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '$' && text[i + 1] === '(' && text[i + 2] !== '(') {
      const e = findClose(text, i + 2, '(', ')');
      subs.push(text.slice(i + 2, e));
      i = e + 1;
    } else if (text[i] === '`') {
      const e = text.indexOf('`', i + 1);
      subs.push(text.slice(i + 1, e < 0 ? text.length : e));
      i = e < 0 ? text.length : e + 1;
    } else i++;
  }
}

interface WordResult {
  word: Word;
  subs: string[];
  procSubs: string[];
  end: number;
  unterminated: boolean;
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

function decodeAnsiC(src: string, from: number): { text: string; end: number } {
  let out = '';
  let i = from;
  const n = src.length;
  while (i < n && src[i] !== "'") {
    const c = src[i] as string;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e in ANSI_ESCAPES) {
      out += ANSI_ESCAPES[e];
      i += 2;
    } else if (e === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 2, i + 4));
      if (m) {
        out += String.fromCharCode(parseInt(m[0], 16));
        i += 2 + m[0].length;
      } else {
        out += '\\x';
        i += 2;
      }
    } else if (e === 'u' || e === 'U') {
      const m = /^[0-9a-fA-F]{1,8}/.exec(src.slice(i + 2, i + (e === 'u' ? 6 : 10)));
      if (m) {
        const cp = parseInt(m[0], 16);
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
        i += 2 + m[0].length;
      } else {
        out += '\\' + e;
        i += 2;
      }
    } else if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4)) as RegExpExecArray;
      out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
      i += 1 + m[0].length;
    } else if (e === 'c') {
      i += 3;
    } else {
      out += '\\' + e;
      i += 2;
    }
  }
  return { text: out, end: i < n ? i + 1 : n };
}

function readWord(src: string, from: number): WordResult {
  let value = '';
  let dynamic = false;
  let glob = false;
  let quoted = false;
  let unterminated = false;
  const subs: string[] = [];
  const procSubs: string[] = [];
  let i = from;
  const n = src.length;
  let nest = 0;
  /** Reads the expansion at `i` into the word; false once nesting passes the bound (the rest is taken as text). */
  const expand = (): boolean => {
    if (++nest > MAX_NEST) {
      value += src.slice(i);
      i = n;
      unterminated = true;
      return false;
    }
    const r = readDollar(src, i, subs);
    value += r.text;
    if (r.dynamic) dynamic = true;
    if (r.unterminated) unterminated = true;
    i = r.end;
    return true;
  };
  while (i < n) {
    const c = src[i] as string;
    if (META.has(c)) {
      // `NAME=(a b c)` array assignment: the parens belong to the word.
      if (c === '(' && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(value) && !quoted) {
        const e = findClose(src, i + 1, '(', ')');
        value += src.slice(i, e + 1);
        i = Math.min(n, e + 1);
        continue;
      }
      // `<(`/`>(` inside a word (`diff <(a) <(b)` is split by spaces; `x=<(a)` is rare): stop here.
      break;
    }
    if (c === '\\') {
      if (i + 1 >= n) {
        i++;
        break;
      }
      if (src[i + 1] === '\n') {
        i += 2;
        continue;
      }
      value += src[i + 1];
      quoted = true;
      i += 2;
      continue;
    }
    if (c === "'") {
      quoted = true;
      const e = src.indexOf("'", i + 1);
      if (e < 0) {
        value += src.slice(i + 1);
        unterminated = true;
        i = n;
        break;
      }
      value += src.slice(i + 1, e);
      i = e + 1;
      continue;
    }
    if (c === '$' && src[i + 1] === "'") {
      quoted = true;
      const r = decodeAnsiC(src, i + 2);
      value += r.text;
      if (r.end >= n && src[n - 1] !== "'") unterminated = true;
      i = r.end;
      continue;
    }
    if (c === '"' || (c === '$' && src[i + 1] === '"')) {
      quoted = true;
      i += c === '$' ? 2 : 1;
      // Inside double quotes: escapes of $ ` " \ newline; expansions kept as written.
      while (i < n && src[i] !== '"') {
        const d = src[i] as string;
        if (d === '\\') {
          const e = src[i + 1] ?? '';
          if (e === '\n') {
            i += 2;
            continue;
          }
          if (e === '$' || e === '`' || e === '"' || e === '\\') {
            value += e;
            i += 2;
            continue;
          }
          value += '\\';
          i++;
          continue;
        }
        if (d === '$' || d === '`') {
          if (!expand()) break;
          continue;
        }
        value += d;
        i++;
      }
      if (i >= n) unterminated = true;
      else i++;
      continue;
    }
    if (c === '$' || c === '`') {
      if (!expand()) break;
      continue;
    }
    if (c === '*' || c === '?' || c === '[') glob = true;
    value += c;
    i++;
  }
  return { word: { value, raw: src.slice(from, i), dynamic, glob, quoted }, subs, procSubs, end: i, unterminated };
}

/** Reads `$name`, `${...}`, `$(...)`, `$((...))`, or a backtick substitution starting at `i`. */
function readDollar(src: string, i: number, subs: string[]): { text: string; end: number; dynamic: boolean; unterminated?: boolean } {
  const n = src.length;
  if (src[i] === '`') {
    let j = i + 1;
    let inner = '';
    while (j < n && src[j] !== '`') {
      if (src[j] === '\\' && j + 1 < n) {
        inner += src[j + 1];
        j += 2;
        continue;
      }
      inner += src[j];
      j++;
    }
    subs.push(inner);
    return { text: src.slice(i, Math.min(n, j + 1)), end: Math.min(n, j + 1), dynamic: true, unterminated: j >= n };
  }
  const next = src[i + 1];
  if (next === '(' && src[i + 2] === '(') {
    const e = findArithEnd(src, i + 3);
    const inner = src.slice(i + 3, e);
    collectSubs(inner, subs);
    return { text: src.slice(i, Math.min(n, e + 2)), end: Math.min(n, e + 2), dynamic: true, unterminated: e >= n };
  }
  if (next === '(') {
    const e = findClose(src, i + 2, '(', ')');
    subs.push(src.slice(i + 2, e));
    return { text: src.slice(i, Math.min(n, e + 1)), end: Math.min(n, e + 1), dynamic: true, unterminated: e >= n };
  }
  if (next === '{') {
    const e = findClose(src, i + 2, '{', '}');
    const inner = src.slice(i + 2, e);
    collectSubs(inner, subs);
    return { text: src.slice(i, Math.min(n, e + 1)), end: Math.min(n, e + 1), dynamic: true, unterminated: e >= n };
  }
  const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(src.slice(i + 1, i + 257));
  if (m) return { text: '$' + m[0], end: i + 1 + m[0].length, dynamic: true };
  return { text: '$', end: i + 1, dynamic: false };
}
