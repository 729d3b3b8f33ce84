// The shell reader: a line in, every simple command that would run out, with wrappers unwrapped,
// substitutions and `bash -c` strings read recursively, heredocs and piped text attached as stdin,
// and anything that cannot be read reported as unverifiable. Bounded in depth and work.

import type { ParsedLine, Redirect, SimpleCommand, StdinSource, Word } from '../../model/command';
import type { FileReader } from '../../model/input';
import { posix } from 'node:path';
import { lex, type Token, type WordToken } from './lexer';
import { unwrap } from './unwrap';
import { isGateName } from '../../model/gateNames';

export { readTokens };

export interface ParseOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  readFile?: FileReader;
  depth?: number;
  remoteHost?: string;
  via?: string[];
}

/** Maximum nesting of substitutions, `bash -c` strings and wrappers. */
export const MAX_DEPTH = 12;
/** Maximum simple commands read from one line (a 1 MB paste stays bounded). */
export const MAX_COMMANDS = 5000;

const RESERVED_SKIP = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '{', '}', '!', 'esac', 'in']);

export interface ReaderState {
  opts: ParseOptions;
  out: SimpleCommand[];
  unverifiable: { part: string; reason: string }[];
  functions: Map<string, Token[]>;
  calledFunctions: Set<string>;
  vars: Map<string, Word>;
  budget: { commands: number };
  /** Set while reading shell text run by `find -exec sh -c` or `xargs sh -c`: what feeds those commands. */
  inheritFed?: StdinSource;
  /** Set while reading text that arrived through data flow. */
  dataFlow?: boolean;
  /** The folder after `cd` commands read so far on the line (undefined: the caller's cwd). */
  cwd?: string;
  /** Function bodies already read once on this line (a second call runs the same commands). */
  readFunctions: Set<string>;
  /** Command words reached through an external program (sudo, env...), which cannot call shell functions. */
  external: WeakSet<Word>;
}

export function parseLine(line: string, opts: ParseOptions): ParsedLine {
  const state: ReaderState = {
    opts,
    out: [],
    unverifiable: [],
    functions: new Map(),
    calledFunctions: new Set(),
    readFunctions: new Set(),
    external: new WeakSet(),
    vars: new Map(),
    budget: { commands: 0 },
  };
  readText(line, state, opts.depth ?? 0, opts.via ?? [], opts.remoteHost);
  return { commands: state.out, unverifiable: state.unverifiable, functions: [...state.functions.keys()] };
}

/** Reads shell text at a nesting depth, appending what runs to state.out. */
export function readText(text: string, state: ReaderState, depth: number, via: string[], remoteHost: string | undefined): void {
  if (depth > MAX_DEPTH) {
    state.unverifiable.push({ part: text.slice(0, 120), reason: `nested more than ${MAX_DEPTH} levels deep` });
    return;
  }
  const { tokens } = lex(text);
  readTokens(tokens, text, state, depth, via, remoteHost);
}

interface Pending {
  words: WordToken[];
  redirects: Redirect[];
  start: number;
  end: number;
}

function readTokens(tokens: Token[], src: string, state: ReaderState, depth: number, via: string[], remoteHost: string | undefined): void {
  let i = 0;
  const n = tokens.length;
  /** The last command of the previous pipeline stage, when the next stage reads its output. */
  let pipeFrom: SimpleCommand | 'compound' | undefined;
  let lastEmitted: SimpleCommand | 'compound' | undefined;
  let cur: Pending | undefined;
  const caseStack: ('word' | 'patterns' | 'body')[] = [];
  const scopes: Map<string, Token[]>[] = [];
  const cwdScopes: (string | undefined)[] = [];

  const flush = (): void => {
    if (!cur) return;
    const p = cur;
    cur = undefined;
    const stdin = pipeFrom;
    pipeFrom = undefined;
    lastEmitted = emitSimple(p, src, state, depth, via, remoteHost, stdin);
  };

  while (i < n) {
    if (state.budget.commands > MAX_COMMANDS) {
      state.unverifiable.push({ part: `${tokens.length - i} more tokens`, reason: `more than ${MAX_COMMANDS} commands on one line; the rest was not read` });
      return;
    }
    const tok = tokens[i] as Token;
    if (tok.t === 'op') {
      if (caseStack.length > 0 && caseStack[caseStack.length - 1] === 'patterns') {
        if (tok.op === ')') caseStack[caseStack.length - 1] = 'body';
        i++;
        continue;
      }
      // `-F 12|16|32`: no program is named by digits, so a `|` glued between numbers lists alternatives (as
      // documentation writes them), not a pipe into a command called `16`.
      if (tok.op === '|') {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        if (prev?.t === 'word' && next?.t === 'word' && prev.end === tok.start && next.start === tok.end && /^\d+$/.test(next.w.value) && /^\d+$/.test(prev.w.value)) {
          i += 2;
          continue;
        }
      }
      switch (tok.op) {
        case '|':
        case '|&':
          flush();
          pipeFrom = lastEmitted ?? 'compound';
          lastEmitted = undefined;
          break;
        case ')':
          flush();
          lastEmitted = 'compound';
          // Functions defined inside a subshell vanish with it.
          if (scopes.length > 0) state.functions = scopes.pop() as Map<string, Token[]>;
          // So does a `cd` inside it.
          if (cwdScopes.length > 0) state.cwd = cwdScopes.pop();
          break;
        case '(':
          flush();
          scopes.push(new Map(state.functions));
          cwdScopes.push(state.cwd);
          break;
        case ';;':
        case ';&':
        case ';;&':
          flush();
          if (caseStack.length > 0) caseStack[caseStack.length - 1] = 'patterns';
          lastEmitted = undefined;
          break;
        default:
          flush();
          pipeFrom = undefined;
          lastEmitted = undefined;
      }
      i++;
      continue;
    }
    if (tok.t === 'redir') {
      const target = tokens[i + 1];
      const r: Redirect = { op: tok.op, target: target && target.t === 'word' ? target.w : { value: '', raw: '', dynamic: false, glob: false, quoted: false } };
      if (tok.fd !== undefined) r.fd = tok.fd;
      if (tok.heredoc) {
        r.body = tok.heredoc.body;
        r.expands = !tok.heredoc.quoted;
      } else if (tok.op === '<<<' && target && target.t === 'word') {
        r.body = target.w.value;
      }
      if (target && target.t === 'word') {
        readSubs(target, state, depth, via, remoteHost);
        i++;
      }
      if (cur) {
        cur.redirects.push(r);
        cur.end = target?.end ?? tok.end;
      } else if (lastEmitted && lastEmitted !== 'compound') {
        // `done < file`, `} > out`: a redirection on a compound command; keep it on the last command read.
        lastEmitted.redirects.push(r);
      } else {
        cur = { words: [], redirects: [r], start: tok.start, end: target?.end ?? tok.end };
      }
      i++;
      continue;
    }
    // A word.
    if (tok.arith) {
      readSubs(tok, state, depth, via, remoteHost);
      // dash (Debian's sh) has no arithmetic command: there `((cmd))` is two subshells that run cmd.
      const shell = [...via].reverse().find((v) => / -c$/.test(v));
      if (shell === 'sh -c' || shell === 'dash -c' || shell === 'ash -c' || shell === 'busybox -c') readText(tok.w.value, state, depth + 1, [...via, '(( ))'], remoteHost);
      lastEmitted = 'compound';
      i++;
      continue;
    }
    const atStart = !cur;
    const plain = !tok.w.quoted && !tok.w.dynamic;
    if (caseStack.length > 0) {
      const top = caseStack[caseStack.length - 1];
      if (top === 'word') {
        readSubs(tok, state, depth, via, remoteHost);
        if (plain && tok.w.value === 'in') caseStack[caseStack.length - 1] = 'patterns';
        i++;
        continue;
      }
      if (top === 'patterns') {
        if (plain && tok.w.value === 'esac') {
          caseStack.pop();
          lastEmitted = 'compound';
        }
        i++;
        continue;
      }
      if (atStart && plain && tok.w.value === 'esac') {
        flush();
        caseStack.pop();
        lastEmitted = 'compound';
        i++;
        continue;
      }
    }
    if (atStart && plain) {
      const v = tok.w.value;
      if (v === 'case') {
        caseStack.push('word');
        i++;
        continue;
      }
      if (v === 'for' || v === 'select') {
        // Loop words are data, but their substitutions run.
        i++;
        while (i < n) {
          const t = tokens[i] as Token;
          if (t.t === 'op' && (t.op === ';' || t.op === '\n')) break;
          if (t.t === 'word' && !t.w.quoted && t.w.value === 'do') break;
          if (t.t === 'word') readSubs(t, state, depth, via, remoteHost);
          i++;
        }
        continue;
      }
      if (v === '[[') {
        i++;
        while (i < n) {
          const t = tokens[i] as Token;
          if (t.t === 'word') {
            readSubs(t, state, depth, via, remoteHost);
            if (!t.w.quoted && t.w.value === ']]') {
              i++;
              break;
            }
          }
          i++;
        }
        lastEmitted = 'compound';
        continue;
      }
      if (v === 'function') {
        const nameTok = tokens[i + 1];
        if (nameTok && nameTok.t === 'word') {
          let j = i + 2;
          if (tokens[j]?.t === 'op' && (tokens[j] as { op: string }).op === '(' && tokens[j + 1]?.t === 'op' && (tokens[j + 1] as { op: string }).op === ')') j += 2;
          i = defineFunction(nameTok.w.value, tokens, j, state);
          continue;
        }
      }
      // `name () { ...; }`
      const t1 = tokens[i + 1];
      const t2 = tokens[i + 2];
      if (t1?.t === 'op' && t1.op === '(' && t2?.t === 'op' && t2.op === ')' && /^[A-Za-z_][\w.:-]*$/.test(v)) {
        i = defineFunction(v, tokens, i + 3, state);
        continue;
      }
      if (RESERVED_SKIP.has(v)) {
        if (v === 'done' || v === 'fi' || v === '}' || v === 'esac') lastEmitted = 'compound';
        i++;
        continue;
      }
    }
    if (!cur) cur = { words: [], redirects: [], start: tok.start, end: tok.end };
    cur.words.push(tok);
    cur.end = tok.end;
    i++;
  }
  flush();
}

/** Records a function body (the next compound command) without running it; returns the index after it. */
function defineFunction(name: string, tokens: Token[], from: number, state: ReaderState): number {
  let i = from;
  while (i < tokens.length && tokens[i]?.t === 'op' && (tokens[i] as { op: string }).op === '\n') i++;
  const first = tokens[i];
  if (!first) return i;
  let depth = 0;
  const start = i;
  const isOpen = (t: Token): boolean => (t.t === 'word' && !t.w.quoted && t.w.value === '{') || (t.t === 'op' && t.op === '(');
  const isClose = (t: Token): boolean => (t.t === 'word' && !t.w.quoted && t.w.value === '}') || (t.t === 'op' && t.op === ')');
  if (!isOpen(first)) {
    // A one-command body (`f() cmd`): take up to the end of the command.
    while (i < tokens.length && !(tokens[i]?.t === 'op' && [';', '\n', '&'].includes((tokens[i] as { op: string }).op))) i++;
    state.functions.set(name, tokens.slice(start, i));
    return i;
  }
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isOpen(t)) depth++;
    else if (isClose(t)) {
      depth--;
      if (depth === 0) {
        i++;
        break;
      }
    }
  }
  state.functions.set(name, tokens.slice(start + 1, i - 1));
  return i;
}

function readSubs(tok: WordToken, state: ReaderState, depth: number, via: string[], remoteHost: string | undefined): void {
  for (const s of tok.subs) readText(s, state, depth + 1, [...via, '$( )'], remoteHost);
  for (const s of tok.procSubs) readText(s, state, depth + 1, [...via, '<( )'], remoteHost);
}

const TEXT_PRODUCERS = new Set(['echo', 'printf', 'yes', 'print']);

/** What a pipeline stage hands the next one, when it is readable text. */
export function stdinFromProducer(p: SimpleCommand | 'compound' | undefined): StdinSource | undefined {
  if (p === undefined) return undefined;
  // PowerShell's Out-String passes its input through.
  if (p !== 'compound' && (p.name === 'Out-String' || p.name === 'out-string') && p.stdin) return p.stdin;
  if (p === 'compound') return { kind: 'command', command: COMPOUND };
  if (TEXT_PRODUCERS.has(p.name) && !p.args.some((a) => a.dynamic) && !p.fedBy) {
    let args = p.args.map((a) => a.value);
    if (p.name === 'echo') args = args.filter((a, idx) => !(idx === 0 && /^-[neE]+$/.test(a)));
    if (p.name === 'printf') args = args.slice(0, 1).map((f) => f.replace(/\\n/g, '\n').replace(/%s/g, ' ')).concat(args.slice(1));
    let text = args.join(' ');
    if (p.name === 'echo' || p.name === 'print') text = text.replace(/\\n/g, '\n');
    return p.dataFlow ? { kind: 'text', text, from: p.name, dataFlow: true } : { kind: 'text', text, from: p.name };
  }
  // PowerShell prints a bare string: `'git reset --hard' | iex`.
  if (p.args.length === 0 && p.word.quoted && /\s/.test(p.word.value)) return { kind: 'text', text: p.word.value, from: 'string' };
  if (p.name === 'cat' && p.args.length === 0) {
    const body = p.redirects.find((r) => r.body !== undefined)?.body;
    if (body !== undefined) return { kind: 'text', text: body, from: 'cat heredoc' };
    const fileIn = p.redirects.find((r) => r.op === '<');
    if (fileIn) return { kind: 'file', path: fileIn.target.value };
  }
  if (p.name === 'cat' && p.args.length === 1 && !(p.args[0] as Word).dynamic && !(p.args[0] as Word).value.startsWith('-')) {
    return { kind: 'file', path: (p.args[0] as Word).value };
  }
  return { kind: 'command', command: p };
}

const COMPOUND: SimpleCommand = {
  name: '(compound)',
  word: { value: '(compound)', raw: '', dynamic: true, glob: false, quoted: false },
  args: [],
  assigns: {},
  redirects: [],
  via: [],
  text: '(a compound command)',
  depth: 0,
};

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/;

function emitSimple(
  p: Pending,
  src: string,
  state: ReaderState,
  depth: number,
  via: string[],
  remoteHost: string | undefined,
  pipeFrom: SimpleCommand | 'compound' | undefined,
): SimpleCommand | 'compound' | undefined {
  for (const w of p.words) if (w.subs.length > 0 || w.procSubs.length > 0) readSubs(w, state, depth, via, remoteHost);
  const assigns: Record<string, string> = {};
  let k = 0;
  while (k < p.words.length) {
    const w = (p.words[k] as WordToken).w;
    const m = ASSIGNMENT.exec(w.raw);
    if (!m) break;
    const name = m[1] as string;
    const value = w.value.slice(w.value.indexOf('=') + 1);
    assigns[name] = value;
    k++;
  }
  const substituted = new Set<Word>();
  const words: Word[] = [];
  for (const t of p.words.slice(k)) {
    const sw = substituteVars(t.w, state.vars);
    if (sw === t.w) {
      if (!t.w.value.includes('{')) words.push(t.w);
      else for (const e of expandBraces(t.w)) words.push(e);
      continue;
    }
    // An unquoted expansion is split into words, as the shell does (`W='rm -rf x'; $W`).
    const parts = (!t.w.raw.startsWith('"') || words.length === 0) && /\s/.test(sw.value) ? sw.value.split(/\s+/).filter((x) => x.length > 0).map((v): Word => ({ ...sw, value: v, raw: v })) : [sw];
    for (const part of parts) {
      substituted.add(part);
      words.push(part);
    }
  }
  const text = src.slice(p.start, p.end);
  if (words.length === 0) {
    // Assignment-only: remember literal values for later commands on the line (`RM=rm; $RM -rf x`).
    for (let j = 0; j < k; j++) {
      const w = (p.words[j] as WordToken).w;
      const m = ASSIGNMENT.exec(w.raw) as RegExpExecArray;
      const value = w.value.slice(w.value.indexOf('=') + 1);
      state.vars.set(m[1] as string, { value, raw: value, dynamic: w.dynamic, glob: false, quoted: w.quoted });
    }
    // Kept as a command with no name only where a rule reads assignments themselves: the gate's own
    // shell state (system/disarm-gate-variables) and redirects (`> file` truncates).
    if (p.redirects.length === 0 && !Object.keys(assigns).some(isGateName)) return undefined;
  }
  state.budget.commands++;
  const stdin = stdinFromProducer(pipeFrom);
  const base: SimpleCommand = {
    name: '',
    word: words[0] ?? { value: '', raw: '', dynamic: false, glob: false, quoted: false },
    args: words.slice(1),
    assigns,
    redirects: p.redirects,
    via,
    text,
    depth,
  };
  if (stdin) base.stdin = stdin;
  if (state.inheritFed) base.fedBy = state.inheritFed;
  if (state.cwd !== undefined) base.cwd = state.cwd;
  if (words[0]?.value === 'cd' || words[0]?.value === 'pushd') trackCd(words.slice(1), state);
  if (remoteHost) base.remoteHost = remoteHost;
  // Heredoc / here-string / `< file` as stdin.
  const bodyRedir = p.redirects.find((r) => (r.op === '<<' || r.op === '<<-' || r.op === '<<<') && r.body !== undefined);
  if (bodyRedir?.body !== undefined) base.stdin = { kind: 'text', text: bodyRedir.body, from: bodyRedir.op === '<<<' ? 'here-string' : 'heredoc' };
  const fileRedir = p.redirects.find((r) => r.op === '<' && (r.fd === undefined || r.fd === 0));
  if (fileRedir && !bodyRedir) base.stdin = { kind: 'file', path: fileRedir.target.value };
  if (words.length === 0) {
    base.name = '';
    state.out.push(base);
    return base;
  }
  if (state.dataFlow || words.some((w) => substituted.has(w))) base.dataFlow = true;
  readExecVariables(assigns, state, depth, via, remoteHost);
  return unwrap(base, state, depth);
}

/** `cd dir` changes where later commands on the line run; an unknown target makes the folder unknown. */
function trackCd(args: Word[], state: ReaderState): void {
  const target = args.find((a) => !a.value.startsWith('-') || a.value === '-');
  const from = state.cwd ?? state.opts.cwd;
  if (!target) {
    state.cwd = state.opts.home;
    return;
  }
  if (target.dynamic || target.value === '-') {
    state.cwd = '/__unknown_folder__';
    return;
  }
  let v = target.value;
  if (v === '~' || v.startsWith('~/')) v = state.opts.home + v.slice(1);
  state.cwd = posix.normalize(v.startsWith('/') ? v : posix.join(from, v)).replace(/(.)\/+$/, '$1');
}

/** Variables whose value a command runs as shell text (`GIT_SSH_COMMAND='sh -c ...' git fetch`). */
const EXEC_VARIABLES = new Set(['GIT_SSH_COMMAND', 'GIT_SSH', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_PAGER', 'GIT_EXTERNAL_DIFF', 'GIT_ASKPASS', 'SSH_ASKPASS', 'EDITOR', 'VISUAL', 'PAGER', 'LESSOPEN', 'BASH_ENV', 'ENV', 'PROMPT_COMMAND']);

function readExecVariables(assigns: Record<string, string>, state: ReaderState, depth: number, via: string[], remoteHost: string | undefined): void {
  for (const [name, value] of Object.entries(assigns)) {
    if (EXEC_VARIABLES.has(name) && /\s/.test(value)) readText(value, state, depth + 1, [...via, `$${name}`], remoteHost);
  }
}

/** Bash brace expansion of an unquoted word (`/tmp/{a,../b}`), bounded. */
export function expandBraces(w: Word): Word[] {
  if (w.quoted || w.dynamic || !w.value.includes('{') || !w.value.includes(',')) return [w];
  const m = /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/s.exec(w.value);
  if (!m) return [w];
  const out: Word[] = [];
  for (const alt of (m[2] as string).split(',').slice(0, 64)) {
    for (const e of expandBraces({ ...w, value: `${m[1]}${alt}${m[3]}` })) {
      out.push(e);
      if (out.length >= 256) return out;
    }
  }
  return out;
}

const VAR_REF = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g;

/** Replaces references to variables assigned literally earlier on the line. */
function substituteVars(w: Word, vars: Map<string, Word>): Word {
  if (!w.dynamic || vars.size === 0 || !w.value.includes('$')) return w;
  let stillDynamic = false;
  const value = w.value.replace(VAR_REF, (all, name: string) => {
    const v = vars.get(name);
    if (!v || v.dynamic) {
      stillDynamic = true;
      return all;
    }
    return v.value;
  });
  if (/\$\(|`|\$\(\(/.test(value)) stillDynamic = true;
  return { ...w, value, dynamic: stillDynamic };
}
