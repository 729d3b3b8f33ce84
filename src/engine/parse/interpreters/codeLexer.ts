// A small lexer for interpreter one-liners (Python, JavaScript, Ruby, Perl, PHP, awk): enough to
// find calls, their string arguments and the shell-running literals (backticks, `%x()`, `qx{}`),
// while skipping comments and the contents of strings. It never evaluates anything.

export type Language = 'python' | 'javascript' | 'ruby' | 'perl' | 'php' | 'awk';

export type CodeToken =
  | { t: 'ident'; v: string }
  | { t: 'str'; v: string; dynamic: boolean }
  /** Text the language runs as a shell command: backticks, `%x()`, `qx{}`. */
  | { t: 'shell'; v: string; dynamic: boolean }
  | { t: 'punct'; v: string }
  | { t: 'num'; v: string };

const MAX_TOKENS = 20_000;
/** What an interpolated or computed part of a command becomes: a variable the shell reader cannot resolve. */
export const HOLE = '${CODE_VALUE}';
const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

export function lexCode(src: string, lang: Language): CodeToken[] {
  const out: CodeToken[] = [];
  let i = 0;
  const n = src.length;
  const prevSignificant = (): CodeToken | undefined => out[out.length - 1];
  while (i < n && out.length < MAX_TOKENS) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n') {
      out.push({ t: 'punct', v: '\n' });
      i++;
      continue;
    }
    // Comments.
    if (c === '#' && lang !== 'javascript') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && (lang === 'javascript' || lang === 'php') && (src[i + 1] === '/' || src[i + 1] === '*')) {
      if (src[i + 1] === '/') while (i < n && src[i] !== '\n') i++;
      else {
        const end = src.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
      }
      continue;
    }
    // awk and JavaScript regex literals, where a value cannot precede them.
    if (c === '/' && (lang === 'awk' || lang === 'javascript')) {
      const p = prevSignificant();
      const valueBefore = p !== undefined && (p.t === 'ident' || p.t === 'num' || p.t === 'str' || (p.t === 'punct' && (p.v === ')' || p.v === ']')));
      if (!valueBefore) {
        let j = i + 1;
        while (j < n && src[j] !== '/' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
        i = j + 1;
        continue;
      }
    }
    // Python string prefixes: r'', b'', f'', rb'', ...
    if (lang === 'python' && /[rRbBuUfF]/.test(c)) {
      const m = /^([rRbBuUfF]{1,2})(['"])/.exec(src.slice(i, i + 3));
      if (m) {
        const prefix = (m[1] as string).toLowerCase();
        const r = readPythonString(src, i + prefix.length, prefix.includes('r'), prefix.includes('f'));
        out.push(r.token);
        i = r.end;
        continue;
      }
    }
    if (c === '"' || c === "'") {
      if (lang === 'python') {
        const r = readPythonString(src, i, false, false);
        out.push(r.token);
        i = r.end;
        continue;
      }
      const r = readQuoted(src, i, c, lang);
      out.push(r.token);
      i = r.end;
      continue;
    }
    if (c === '`') {
      if (lang === 'python' || lang === 'awk') {
        i++;
        continue;
      }
      const r = readQuoted(src, i, '`', lang);
      out.push(lang === 'javascript' ? r.token : { t: 'shell', v: r.token.v, dynamic: r.token.t === 'str' ? r.token.dynamic : false });
      i = r.end;
      continue;
    }
    // Ruby %x() / %q() / %w(), Perl qx{} / q() / qq{}.
    if ((lang === 'ruby' && c === '%') || (lang === 'perl' && c === 'q')) {
      const m = lang === 'ruby' ? /^%([xqQwWi]?)([^\w\s])/.exec(src.slice(i, i + 3)) : /^q([xqw]?)([^\w\s=,;)])/.exec(src.slice(i, i + 3));
      if (m && (lang === 'perl' || m[1] !== '' || /[({[<|!]/.test(m[2] as string))) {
        const kind = m[1] as string;
        const open = m[2] as string;
        const close = CLOSE[open] ?? open;
        const start = i + 1 + kind.length + 1;
        const end = findClose(src, start, open, close);
        const body = src.slice(start, end);
        const interpolates = lang === 'ruby' ? kind !== 'q' && kind !== 'w' : kind !== '' && kind !== 'w';
        const dynamic = interpolates && (lang === 'ruby' ? body.includes('#{') : /[$@][\w{]/.test(body));
        out.push(kind === 'x' ? { t: 'shell', v: body, dynamic } : { t: 'str', v: body, dynamic });
        i = end + 1;
        continue;
      }
    }
    if (/[A-Za-z_$@]/.test(c) || (c === '%' && lang === 'perl' && /[A-Za-z_]/.test(src[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(src[j] as string)) j++;
      if (lang === 'ruby' && (src[j] === '?' || src[j] === '!') && src[j + 1] !== '=') j++;
      out.push({ t: 'ident', v: src.slice(i, j) });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(src[j] as string)) j++;
      out.push({ t: 'num', v: src.slice(i, j) });
      i = j;
      continue;
    }
    if (c === ':' && src[i + 1] === ':') {
      out.push({ t: 'punct', v: '::' });
      i += 2;
      continue;
    }
    if (c === '-' && src[i + 1] === '>') {
      out.push({ t: 'punct', v: '->' });
      i += 2;
      continue;
    }
    out.push({ t: 'punct', v: c });
    i++;
  }
  return out;
}

function findClose(src: string, from: number, open: string, close: string): number {
  let depth = 1;
  let i = from;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === close && open !== close) {
      depth--;
      if (depth === 0) return i;
    } else if (ch === close) {
      return i;
    } else if (ch === open) depth++;
    i++;
  }
  return src.length;
}

function readPythonString(src: string, at: number, raw: boolean, fstring: boolean): { token: CodeToken; end: number } {
  const q = src[at] as string;
  const triple = src.slice(at, at + 3) === q.repeat(3);
  const delim = triple ? q.repeat(3) : q;
  let i = at + delim.length;
  let v = '';
  while (i < src.length) {
    if (src.startsWith(delim, i)) {
      i += delim.length;
      break;
    }
    const ch = src[i] as string;
    if (ch === '\\' && i + 1 < src.length) {
      if (raw) {
        v += ch + (src[i + 1] as string);
        i += 2;
        continue;
      }
      const e = unescape(src, i);
      v += e.text;
      i = e.end;
      continue;
    }
    if (!triple && ch === '\n') break;
    v += ch;
    i++;
  }
  const dynamic = fstring && /\{[^{]/.test(v.replace(/\{\{/g, ''));
  const text = dynamic ? v.replace(/\{\{|\}\}|\{[^{}]*\}/g, (m) => (m === '{{' ? '{' : m === '}}' ? '}' : HOLE)) : v;
  return { token: { t: 'str', v: text, dynamic }, end: i };
}

function readQuoted(src: string, at: number, q: string, lang: Language): { token: CodeToken; end: number } {
  let i = at + 1;
  let v = '';
  // Single quotes are literal in Ruby, Perl and PHP apart from \\ and \'.
  const literal = q === "'" && lang !== 'javascript';
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === q) {
      i++;
      break;
    }
    if (ch === '\\' && i + 1 < src.length) {
      if (literal) {
        const nx = src[i + 1] as string;
        v += nx === q || nx === '\\' ? nx : ch + nx;
        i += 2;
        continue;
      }
      const e = unescape(src, i);
      v += e.text;
      i = e.end;
      continue;
    }
    v += ch;
    i++;
  }
  let dynamic = false;
  if (!literal) {
    if (lang === 'javascript') dynamic = q === '`' && v.includes('${');
    else if (lang === 'ruby') dynamic = v.includes('#{');
    else if (lang === 'perl' || lang === 'php') dynamic = /[$@][\w{]/.test(v);
  }
  // Interpolations become a shell variable, so the command they build is still read (only its
  // arguments are unknown) and a command word that is interpolated is reported as unreadable.
  let text = v;
  if (dynamic && lang === 'javascript') text = v.replace(/\$\{[^}]*\}/g, HOLE);
  else if (dynamic && lang === 'ruby') text = v.replace(/#\{[^}]*\}/g, HOLE);
  return { token: { t: 'str', v: text, dynamic }, end: i };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function unescape(src: string, i: number): { text: string; end: number } {
  const nx = src[i + 1] as string;
  const hex = /^x([0-9a-fA-F]{1,2})/.exec(src.slice(i + 1, i + 4));
  if (hex) return { text: String.fromCharCode(parseInt(hex[1] as string, 16)), end: i + 1 + hex[0].length };
  const oct = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4));
  if (oct && oct[0] !== '0') return { text: String.fromCharCode(parseInt(oct[0], 8)), end: i + 1 + oct[0].length };
  if (nx in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[nx] as string, end: i + 2 };
  return { text: nx, end: i + 2 };
}
