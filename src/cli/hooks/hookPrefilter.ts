// The hook's fast path: the same prefilter the terminal scripts use (built by the extension from
// the rule registry and the user's rules, src/engine/prefilter/shellPrefilter.ts), applied to an
// agent's shell command without loading the engine. A command it clears cannot match any rule;
// anything it cannot clear goes to the full engine. Deliberately coarse: a superset, never a guess.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { GATE_NAME_TEXT } from '../../engine/model/gateNames';

export const PREFILTER_FILE = 'hook-prefilter.json';

export interface HookPrefilter {
  names: ReadonlySet<string>;
  /** `git=push,reset,...`: a name that matters only with one of these words on the line. */
  hints?: ReadonlyMap<string, ReadonlySet<string>>;
  redirect: boolean;
  everyLine: boolean;
}

/** The file the extension writes: the encoded prefilter and the cli it was built for. */
export interface PrefilterFile {
  v: 1;
  /** dist/cli.js it belongs to, with size and mtime: a prefilter from another build is ignored. */
  cli: { path: string; size: number; mtimeMs: number };
  encoded: string;
  /**
   * What the user's own rules in settings add (names, or every line), and whether some user rule
   * matches MCP tools. The hook's engine runs with the built-in policy, so a call these may
   * concern is sent to the editor, which judges it with the user's settings.
   */
  user?: { encoded: string; mcp: boolean };
}

export interface UserRuleHints {
  mayApply(command: string): boolean;
  mcp: boolean;
}

export function decodePrefilter(encoded: string): HookPrefilter {
  const names = new Set<string>();
  const hints = new Map<string, ReadonlySet<string>>();
  let redirect = false;
  let everyLine = false;
  for (const w of encoded.split(/\s+/)) {
    const eq = w.indexOf('=');
    if (w === '@redirect') redirect = true;
    else if (w === '@every-line') everyLine = true;
    else if (eq > 0) hints.set(w.slice(0, eq).toLowerCase(), new Set(w.slice(eq + 1).toLowerCase().split(',')));
    else if (w !== '') names.add(w.toLowerCase());
  }
  if (names.size === 0 && hints.size === 0) everyLine = true;
  return { names, hints, redirect, everyLine };
}

function cliStamp(cliPath: string): PrefilterFile['cli'] | undefined {
  try {
    const st = fs.statSync(cliPath);
    return { path: cliPath, size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
  } catch {
    return undefined;
  }
}

export function prefilterFileText(cliPath: string, encoded: string, user?: PrefilterFile['user']): string | undefined {
  const cli = cliStamp(cliPath);
  if (cli === undefined) return undefined;
  const file: PrefilterFile = { v: 1, cli, encoded, ...(user ? { user } : {}) };
  return `${JSON.stringify(file)}\n`;
}

/** Reads the prefilter for this cli, or undefined (then every call goes to the engine). */
export function loadPrefilter(file: string, cliPath: string): HookPrefilter | undefined {
  return readPrefilterFile(file, cliPath)?.prefilter;
}

/** The user-rule part of the prefilter file, for the full hook path; undefined when the user has no rules. */
export function loadUserRuleHints(file: string, cliPath: string): UserRuleHints | undefined {
  const user = readPrefilterFile(file, cliPath)?.user;
  if (user === undefined) return undefined;
  const p = decodePrefilter(user.encoded);
  // An empty user part means the user rules add no names: nothing to send on their account.
  const mayApply = (command: string): boolean => (p.names.size === 0 && !/@every-line/.test(user.encoded) ? false : mayBeGated(command, p));
  return { mayApply, mcp: user.mcp };
}

function readPrefilterFile(file: string, cliPath: string): { prefilter: HookPrefilter; user?: { encoded: string; mcp: boolean } } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const cli = v['cli'] as Record<string, unknown> | undefined;
  const stamp = cliStamp(cliPath);
  if (v['v'] !== 1 || typeof v['encoded'] !== 'string' || typeof cli !== 'object' || cli === null || stamp === undefined) return undefined;
  if (path.resolve(String(cli['path'])) !== path.resolve(stamp.path) || cli['size'] !== stamp.size || cli['mtimeMs'] !== stamp.mtimeMs) return undefined;
  const u = v['user'] as Record<string, unknown> | undefined;
  const user = typeof u === 'object' && u !== null && typeof u['encoded'] === 'string' ? { encoded: u['encoded'], mcp: u['mcp'] === true } : undefined;
  return { prefilter: decodePrefilter(v['encoded']), ...(user ? { user } : {}) };
}

/** The user's rules' part of a prefilter: names they add over the built-in one, or every line. */
export function userRulePart(withPolicy: { names: readonly string[]; everyLineBecause: readonly string[] }, builtIn: { names: readonly string[] }, mcp: boolean): PrefilterFile['user'] | undefined {
  const base = new Set(builtIn.names);
  const extra = withPolicy.names.filter((n) => !base.has(n));
  const every = withPolicy.everyLineBecause.some((b) => b.startsWith('user rule'));
  if (extra.length === 0 && !every && !mcp) return undefined;
  return { encoded: [...(every ? ['@every-line'] : []), ...extra].join(' '), mcp };
}

/** A `>` target the overwrite rule could protect, or one that cannot be known in advance. */
function riskyTarget(w: string): boolean {
  if (/^\/dev\/(null|stdout|stderr|tty)$/.test(w) || w.startsWith('/dev/fd/')) return false;
  if (w.includes('..') || w.includes('$') || w.startsWith('~') || /[*?[{]/.test(w) || w.includes('.git')) return true;
  if (w.startsWith('/tmp/')) return false;
  if (w.startsWith('/')) return true;
  return /\.(db|sqlite|sqlite3|mdb|pem|key)$/i.test(w) || /^\.env/i.test(w.slice(w.lastIndexOf('/') + 1));
}

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'case', 'esac', 'function', 'time', '!', '{', '}', '[[', ']]', 'coproc', 'in', 'for', 'select']);

/** True when the command may be gated (the engine must read it). Mirrors the terminal's prefilter. */
export function mayBeGated(command: string, p: HookPrefilter): boolean {
  if (p.everyLine) return true;
  // Control characters other than tab/newline can hide words from a split: send to the engine.
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(command)) return true;
  const s = command
    // A backslash-newline joins lines in the shell (`r\<newline>m` is `rm`): join them first.
    .replace(/\\\r?\n/g, '')
    .replace(/[\\'"]/g, '')
    .replace(/>>/g, ' ')
    .replace(/>\|/g, ' > ')
    .replace(/>/g, ' > ')
    .replace(/</g, ' ')
    .replace(/[;&|()`\n\r]/g, ' ; ');
  // The gate's own state (system/disarm-gate-variables reads every command, assignments included).
  if (GATE_NAME_TEXT.test(s)) return true;
  let atCommand = true;
  let atTarget = false;
  // In tee's arguments: its files are read as `>` targets ('files' after its `--`).
  let tee: 'no' | 'args' | 'files' = 'no';
  const words = s.split(/[ \t]+/);
  let hinted = false;
  for (const w of words) {
    if (w === '') continue;
    if (w === ';') {
      atCommand = true;
      atTarget = false;
      tee = 'no';
      continue;
    }
    if (w === '>') {
      atTarget = true;
      continue;
    }
    if (tee === 'args' && w.startsWith('-')) {
      if (w === '--') tee = 'files';
      continue;
    }
    if (atTarget || tee !== 'no') {
      atTarget = false;
      if (p.redirect && riskyTarget(w)) return true;
      continue;
    }
    // Names are compared in lower case, as the shells do (PowerShell and case-insensitive file
    // systems run `Remove-Item` and `RM` alike).
    const b = w.slice(w.lastIndexOf('/') + 1).toLowerCase();
    if (atCommand) {
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || RESERVED.has(w)) continue;
      if (w === '[') {
        atCommand = false;
        continue;
      }
      // Any expansion in the command word can become another command (`rm${IFS}-rf`, `r${x}m`).
      if (w.includes('$') || /[*?[{]/.test(w)) return true;
      if (/\/.*\.(sh|bash|zsh|ksh)$/.test(w)) return true;
      atCommand = false;
      if (b === 'tee') tee = 'args';
    }
    const digitsCut = b.replace(/[0-9.].*$/, '');
    const dashCut = b.replace(/-.*$/, '');
    if (p.names.has(b) || p.names.has(digitsCut) || p.names.has(dashCut)) return true;
    if (p.hints?.has(b)) hinted = true;
    else if ((digitsCut !== b && p.hints?.has(digitsCut)) || (dashCut !== b && p.hints?.has(dashCut))) return true;
  }
  // A hinted name (git) matters only with one of its words on the line (push, reset, ...),
  // also as a part of a word (`-c alias.x=reset`).
  if (hinted && p.hints) {
    const wanted = new Set<string>();
    for (const w of words) {
      const b = w.slice(w.lastIndexOf('/') + 1).toLowerCase();
      for (const h of p.hints.get(b) ?? []) wanted.add(h);
    }
    for (const w of words) for (const part of w.toLowerCase().split(/[=.:/,]/)) if (hintedPart(part, wanted)) return true;
  }
  return false;
}

/**
 * A part of a word that is one of a hinted name's words: the word itself, an abbreviation of a
 * `--long` word (`--out` for `--output`), or a short-option cluster holding a `-x` word's letter
 * (`-rno`, `-oFILE` for `-o`). The shells read hints the same way (prefilter.bash/.zsh/.fish).
 */
function hintedPart(part: string, wanted: ReadonlySet<string>): boolean {
  if (wanted.has(part)) return true;
  if (part.startsWith('--')) {
    if (part.length < 3) return false;
    for (const h of wanted) if (h.startsWith(part)) return true;
    return false;
  }
  if (part.length < 2 || part[0] !== '-') return false;
  for (const c of part.slice(1)) if (/[a-z0-9]/.test(c) && wanted.has(`-${c}`)) return true;
  return false;
}
