// Calls in lexed code: `shutil.rmtree('/x')`, `require('fs').rmSync(p)`, `Path('/x').unlink()`,
// and the paren-less calls of Ruby, Perl and PHP (`system 'rm -rf x'`, `unlink glob("/etc/*")`).

import { HOLE, type CodeToken } from './codeLexer';

export interface CodeCall {
  /** The dotted name as written: `shutil.rmtree`, `fs.promises.rm`, `File::Path::rmtree`; `.rmSync` after a call. */
  callee: string;
  /** The last part of the name: `rmtree`, `rmSync`. */
  method: string;
  /** The receiver's name (`fs`, `shutil`), or the callee of the call it was chained on (`require`, `Path`). */
  receiver?: string;
  /** Arguments of the call the method was chained on (`require('fs')`, `Path('/x')`). */
  receiverArgs?: CodeToken[][];
  args: CodeToken[][];
}

const STOP = new Set([';', '\n', '}', ')', ']']);
const PARENLESS_START = new Set(['str', 'ident', 'shell']);

export function findCalls(tokens: readonly CodeToken[], parenless: boolean): CodeCall[] {
  const calls: CodeCall[] = [];
  let lastCall: { callee: string; args: CodeToken[][]; end: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as CodeToken;
    const chained = tok.t === 'punct' && (tok.v === '.' || tok.v === '->') && lastCall !== undefined && lastCall.end === i;
    if (tok.t !== 'ident' && !chained) continue;
    const prev = tokens[i - 1];
    if (!chained && prev?.t === 'punct' && (prev.v === '.' || prev.v === '::' || prev.v === '->')) continue;
    const parts: string[] = [];
    let j = i;
    if (chained) {
      j = i + 1;
      if (tokens[j]?.t !== 'ident') continue;
    }
    parts.push((tokens[j] as { v: string }).v);
    j++;
    while (j + 1 < tokens.length) {
      const sep = tokens[j] as CodeToken;
      const next = tokens[j + 1] as CodeToken;
      if (sep.t === 'punct' && (sep.v === '.' || sep.v === '::' || sep.v === '->') && next.t === 'ident') {
        parts.push(next.v);
        j += 2;
      } else break;
    }
    const callee = (chained ? '.' : '') + parts.join('.');
    const method = parts[parts.length - 1] as string;
    const receiver = chained ? lastCall?.callee : parts.length > 1 ? parts.slice(0, -1).join('.') : undefined;
    const receiverArgs = chained ? lastCall?.args : undefined;
    const after = tokens[j];
    let args: CodeToken[][] | undefined;
    let end = j;
    if (after?.t === 'punct' && after.v === '(') {
      const r = readArgs(tokens, j + 1, ')');
      args = r.args;
      end = r.end;
    } else if (parenless && after !== undefined && PARENLESS_START.has(after.t) && !(after.t === 'ident' && /^(if|unless|and|or|not|in|for|while)$/.test(after.v))) {
      const r = readParenless(tokens, j);
      args = r.args;
      end = r.end;
    } else if (after?.t === 'str' && callee === '$') {
      // Bun's shell: $`rm -rf x`.
      args = [[after]];
      end = j + 1;
    }
    if (args === undefined) continue;
    const call: CodeCall = { callee, method, args };
    if (receiver !== undefined) call.receiver = receiver;
    if (receiverArgs !== undefined) call.receiverArgs = receiverArgs;
    calls.push(call);
    lastCall = { callee: method, args, end };
  }
  return calls;
}

function readArgs(tokens: readonly CodeToken[], from: number, close: string): { args: CodeToken[][]; end: number } {
  const args: CodeToken[][] = [];
  let cur: CodeToken[] = [];
  let depth = 0;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as CodeToken;
    if (t.t === 'punct') {
      if (t.v === '(' || t.v === '[' || t.v === '{') depth++;
      else if (t.v === ')' || t.v === ']' || t.v === '}') {
        if (depth === 0 && t.v === close) {
          i++;
          break;
        }
        depth--;
      } else if (t.v === ',' && depth === 0) {
        args.push(cur);
        cur = [];
        continue;
      } else if (t.v === '\n') continue;
    }
    cur.push(t);
  }
  if (cur.length > 0) args.push(cur);
  return { args, end: i };
}

function readParenless(tokens: readonly CodeToken[], from: number): { args: CodeToken[][]; end: number } {
  const args: CodeToken[][] = [];
  let cur: CodeToken[] = [];
  let depth = 0;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as CodeToken;
    if (t.t === 'punct') {
      if (depth === 0 && STOP.has(t.v)) break;
      if (t.v === '(' || t.v === '[' || t.v === '{') depth++;
      else if (t.v === ')' || t.v === ']' || t.v === '}') depth--;
      else if (t.v === ',' && depth === 0) {
        args.push(cur);
        cur = [];
        continue;
      }
    }
    if (depth === 0 && t.t === 'ident' && /^(if|unless|and|or|or die|die)$/.test(t.v) && cur.length > 0) break;
    cur.push(t);
  }
  if (cur.length > 0) args.push(cur);
  return { args, end: i };
}

/** The argument as literal text: one non-dynamic string, or undefined. */
export function literalArg(arg: readonly CodeToken[] | undefined): string | undefined {
  if (arg === undefined || arg.length !== 1) return undefined;
  const t = arg[0] as CodeToken;
  return t.t === 'str' && !t.dynamic ? t.v : undefined;
}

/** A list literal of plain strings (`['git', 'reset', '--hard']`, `%w(rm -rf x)`), or undefined. */
export function literalList(arg: readonly CodeToken[] | undefined): string[] | undefined {
  if (arg === undefined || arg.length < 2) return undefined;
  const first = arg[0] as CodeToken;
  const last = arg[arg.length - 1] as CodeToken;
  if (first.t !== 'punct' || (first.v !== '[' && first.v !== '(') || last.t !== 'punct' || (last.v !== ']' && last.v !== ')')) return undefined;
  const out: string[] = [];
  for (const t of arg.slice(1, -1)) {
    if (t.t === 'punct' && (t.v === ',' || t.v === '\n')) continue;
    if (t.t !== 'str' || t.dynamic) return undefined;
    out.push(t.v);
  }
  return out;
}

/**
 * Shell text built from string literals and values (`"kill " + pid`, awk `"kill " $2`, an interpolated
 * string): the values become a variable the shell reader cannot resolve. Undefined when the text does
 * not start with a literal (the command word itself is computed).
 */
export function textWithHoles(arg: readonly CodeToken[] | undefined): string | undefined {
  if (arg === undefined || arg.length === 0 || arg[0]?.t !== 'str') return undefined;
  let out = '';
  let inHole = false;
  for (const t of arg) {
    if (t.t === 'str') {
      out += t.v;
      inHole = false;
    } else if (t.t === 'punct' && (t.v === '+' || t.v === '.' || t.v === '\n')) {
      continue;
    } else if (!inHole) {
      out += HOLE;
      inHole = true;
    }
  }
  return out;
}

/** The first string literal anywhere in the argument (`glob("/etc/*")`, `Path("/x")`). */
export function firstString(arg: readonly CodeToken[] | undefined): string | undefined {
  for (const t of arg ?? []) if (t.t === 'str') return t.v;
  return undefined;
}
