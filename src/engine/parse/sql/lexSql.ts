// A forgiving SQL tokenizer for the dialects agents send to databases: PostgreSQL, MySQL/MariaDB, SQLite,
// ClickHouse and their cousins. It never fails and does linear work: every step consumes at least one
// character, comments and quotes are scanned with indexOf-style loops, never with backtracking regexes.
// Client meta-commands (`\i file` in psql, `.read file` in sqlite3, `DELIMITER //` in mysql) come out as
// their own tokens so the statement reader can follow them or ignore them.

export type SqlDialect = 'postgres' | 'mysql' | 'sqlite' | 'clickhouse' | 'generic';

export type SqlTokenKind =
  /** An unquoted word: keyword or identifier. */
  | 'word'
  /** A quoted identifier (`"x"`, `` `x` ``, `[x]`), value unquoted. */
  | 'ident'
  /** A string literal ('..', E'..', $$..$$), value unescaped. */
  | 'string'
  | 'number'
  /** Operators and punctuation: `(`, `)`, `,`, `.`, `=`, `<>`, `::`... */
  | 'punct'
  /** `$1`, `?`, `:name`, `@var`: a value supplied at run time. */
  | 'param'
  /** End of a statement (`;`, or the mysql client's custom delimiter). */
  | 'delim'
  /** A client meta-command line: psql `\...`, sqlite3/duckdb `.cmd`, mysql `source`/`\.`. */
  | 'meta';

export interface SqlToken {
  kind: SqlTokenKind;
  /** Words: as written. Identifiers and strings: unquoted content. Meta: the whole command line. */
  value: string;
  /** Words only: upper-cased value, for keyword comparisons. */
  upper: string;
  start: number;
  end: number;
  /** Strings written with dollar quoting (`$$...$$`, `$fn$...$fn$`). */
  dollar?: boolean;
}

export interface LexOptions {
  dialect: SqlDialect;
  /**
   * How backslashes inside '...' behave. MySQL (by default) and E'' strings escape; standard SQL does not.
   * The generic reader runs twice, once each way, because a wrong guess can hide a statement.
   */
  backslashEscapes?: boolean;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;
const TWO_CHAR_OPS = new Set(['<>', '!=', '>=', '<=', '::', '||', '==', '=>', '->', '<=>', '&&', '<<', '>>', '~~', '!~']);

/**
 * Tokenizes `text`. With `sink`, tokens are handed over one by one and nothing is kept (the statement reader
 * keeps only what it needs, so memory stays flat on huge input); without, they are returned.
 */
export function lexSql(text: string, options: LexOptions, sink?: (tok: SqlToken) => void): SqlToken[] {
  const { dialect } = options;
  const backslash = options.backslashEscapes ?? dialect === 'mysql';
  const hashComments = dialect === 'mysql';
  const dollarQuotes = dialect === 'postgres' || dialect === 'generic';
  const bracketIdents = dialect === 'sqlite' || dialect === 'generic';
  const backslashMeta = dialect === 'postgres' || dialect === 'generic' || dialect === 'mysql';
  const dotMeta = dialect === 'sqlite' || dialect === 'generic';
  // MySQL runs the text of `/*! ... */` comments; so does the generic reader, to be safe.
  const executableComments = dialect === 'mysql' || dialect === 'generic';
  const nestedComments = dialect !== 'mysql';

  const tokens: SqlToken[] = [];
  const n = text.length;
  let i = 0;
  let delimiter = ';';
  /** True while no token of the current statement has been emitted: meta-commands are only read there. */
  let atStatementStart = true;
  const push = (kind: SqlTokenKind, value: string, start: number, end: number, dollar?: boolean): void => {
    const tok: SqlToken = { kind, value, upper: kind === 'word' ? value.toUpperCase() : '', start, end };
    if (dollar) tok.dollar = true;
    if (sink) sink(tok);
    else tokens.push(tok);
    atStatementStart = kind === 'delim' || kind === 'meta';
  };
  const lineEnd = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? n : nl;
  };

  while (i < n) {
    const c = text[i] as string;
    const next = text[i + 1] ?? '';

    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      continue;
    }

    // A custom mysql delimiter (`DELIMITER //`) ends statements wherever it appears outside quotes.
    if (delimiter !== ';' && text.startsWith(delimiter, i)) {
      push('delim', delimiter, i, i + delimiter.length);
      i += delimiter.length;
      continue;
    }

    // psql reads a backslash outside quotes as a meta-command to the end of the line, wherever it stands
    // (`SELECT ... \gexec` sends the query and runs its output).
    if (backslashMeta && c === '\\') {
      const end = lineEnd(i);
      push('meta', text.slice(i, end).trim(), i, end);
      i = end;
      continue;
    }

    if (atStatementStart) {
      if (dotMeta && c === '.' && WORD_START.test(next)) {
        const end = lineEnd(i);
        push('meta', text.slice(i, end).trim(), i, end);
        i = end;
        continue;
      }
      if ((dialect === 'mysql' || dialect === 'generic') && (c === 'd' || c === 'D')) {
        const m = /^delimiter[ \t]+(\S+)/i.exec(text.slice(i, Math.min(n, i + 64)));
        if (m) {
          delimiter = m[1] as string;
          const end = lineEnd(i);
          push('meta', text.slice(i, end).trim(), i, end);
          i = end;
          continue;
        }
      }
      if ((dialect === 'mysql' || dialect === 'generic') && (c === 's' || c === 'S') && /^source[ \t]+\S/i.test(text.slice(i, i + 12))) {
        const end = lineEnd(i);
        push('meta', text.slice(i, end).trim().replace(/;$/, ''), i, end);
        i = end;
        continue;
      }
    }

    // Comments.
    if (c === '-' && next === '-') {
      i = lineEnd(i);
      continue;
    }
    if (c === '#' && hashComments) {
      i = lineEnd(i);
      continue;
    }
    if (c === '/' && next === '*') {
      if (executableComments && text[i + 2] === '!') {
        // `/*!50001 DROP TABLE t */`: MySQL executes the body; read it as code by skipping the opener only.
        let j = i + 3;
        while (j < n && DIGIT.test(text[j] as string)) j++;
        i = j;
        continue;
      }
      i = skipBlockComment(text, i, nestedComments);
      continue;
    }
    if (executableComments && c === '*' && next === '/') {
      // The closer of an executable comment opened above.
      i += 2;
      continue;
    }

    if (c === ';' && delimiter === ';') {
      push('delim', ';', i, i + 1);
      i++;
      continue;
    }

    // String literals: '...', E'...', N'...', X'...', B'...'.
    if (c === "'" || ((c === 'E' || c === 'e') && next === "'")) {
      const escapes = backslash || c !== "'";
      const from = c === "'" ? i : i + 1;
      const [value, end] = readQuoted(text, from, "'", escapes);
      push('string', value, i, end);
      i = end;
      continue;
    }
    if ((c === 'N' || c === 'n' || c === 'X' || c === 'x' || c === 'B' || c === 'b') && next === "'") {
      const [value, end] = readQuoted(text, i + 1, "'", backslash);
      push('string', value, i, end);
      i = end;
      continue;
    }
    if (c === '"') {
      // MySQL (without ANSI_QUOTES) reads "..." as a string; as a name it only matters for targets.
      const [value, end] = readQuoted(text, i, '"', backslash && dialect === 'mysql');
      push(dialect === 'mysql' ? 'string' : 'ident', value, i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      const [value, end] = readQuoted(text, i, '`', false);
      push('ident', value, i, end);
      i = end;
      continue;
    }
    if (c === '[' && bracketIdents) {
      const close = text.indexOf(']', i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (close > i + 1 && (nl < 0 || close < nl)) {
        push('ident', text.slice(i + 1, close), i, close + 1);
        i = close + 1;
        continue;
      }
    }

    if (c === '$') {
      if (dollarQuotes) {
        const tagEnd = dollarTagEnd(text, i);
        if (tagEnd > 0) {
          const tag = text.slice(i, tagEnd + 1);
          const close = text.indexOf(tag, tagEnd + 1);
          const end = close < 0 ? n : close + tag.length;
          push('string', text.slice(tagEnd + 1, close < 0 ? n : close), i, end, true);
          i = end;
          continue;
        }
      }
      let j = i + 1;
      while (j < n && WORD_PART.test(text[j] as string)) j++;
      push('param', text.slice(i, j), i, j);
      i = j;
      continue;
    }
    if (c === '?' || ((c === '@' || c === ':') && WORD_START.test(next))) {
      let j = i + 1;
      while (j < n && (WORD_PART.test(text[j] as string) || text[j] === '@')) j++;
      push('param', text.slice(i, j), i, j);
      i = j;
      continue;
    }

    if (DIGIT.test(c) || (c === '.' && DIGIT.test(next))) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(text[j] as string)) j++;
      push('number', text.slice(i, j), i, j);
      i = j;
      continue;
    }

    if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < n && WORD_PART.test(text[j] as string)) j++;
      push('word', text.slice(i, j), i, j);
      i = j;
      continue;
    }

    const three = text.slice(i, i + 3);
    if (three === '<=>') {
      push('punct', three, i, i + 3);
      i += 3;
      continue;
    }
    const two = c + next;
    if (TWO_CHAR_OPS.has(two)) {
      push('punct', two, i, i + 2);
      i += 2;
      continue;
    }
    push('punct', c, i, i + 1);
    i++;
  }
  return tokens;
}

function skipBlockComment(text: string, start: number, nested: boolean): number {
  const n = text.length;
  let depth = 1;
  let i = start + 2;
  while (i < n) {
    if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0 || !nested) return i;
      continue;
    }
    if (nested && text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
      continue;
    }
    i++;
  }
  return n;
}

/** Reads a quoted run starting at `start` (the opening quote); a doubled quote is a literal quote. */
function readQuoted(text: string, start: number, quote: string, backslash: boolean): [string, number] {
  const n = text.length;
  let out = '';
  let i = start + 1;
  let runStart = i;
  while (i < n) {
    const ch = text[i];
    if (backslash && ch === '\\' && i + 1 < n) {
      out += text.slice(runStart, i) + unescape(text[i + 1] as string);
      i += 2;
      runStart = i;
      continue;
    }
    if (ch === quote) {
      if (text[i + 1] === quote) {
        out += text.slice(runStart, i) + quote;
        i += 2;
        runStart = i;
        continue;
      }
      return [out + text.slice(runStart, i), i + 1];
    }
    i++;
  }
  return [out + text.slice(runStart, n), n];
}

function unescape(ch: string): string {
  switch (ch) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '0':
      return '\0';
    default:
      return ch;
  }
}

/** `$tag$` opener at i: returns the index of the closing `$` of the tag, or -1. A `$` glued to a word is not a quote. */
function dollarTagEnd(text: string, i: number): number {
  const prev = text[i - 1];
  if (prev !== undefined && WORD_PART.test(prev)) return -1;
  let j = i + 1;
  if (text[j] === '$') return j;
  if (!/[A-Za-z_\u0080-\uffff]/.test(text[j] ?? '')) return -1;
  while (j < text.length && /[A-Za-z0-9_\u0080-\uffff]/.test(text[j] as string)) j++;
  return text[j] === '$' ? j : -1;
}
