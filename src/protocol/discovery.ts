// Where a client finds an editor window to ask. Each window writes one registration file
// (socket, pid, workspace folders, secret) into a per-user folder; a client picks the window
// whose workspace contains its working folder, longest match first. Terminals started by the
// extension also carry the endpoint in their environment. Files and folders are private to
// the user (0600 in a 0700 folder) and anything not owned by the user is ignored.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROTOCOL_VERSION, type WindowRegistration } from './messages';
import { checkRegistration } from './validate';

export const ENV_SOCKET = 'DESTRUCTIVE_GATE_SOCKET';
export const ENV_SECRET = 'DESTRUCTIVE_GATE_SECRET';
/** Overrides the registry folder (tests, unusual setups). */
export const ENV_REGISTRY_DIR = 'DESTRUCTIVE_GATE_REGISTRY_DIR';

const isWindows = process.platform === 'win32';

export interface Endpoint {
  socket: string;
  secret: string;
}

export interface FoundWindow {
  registration: WindowRegistration;
  file: string;
}

export interface WindowChoice {
  window: FoundWindow;
  /** Why this window: `workspace /a/b contains /a/b/c`, or a fallback. */
  why: string;
  /** Length of the matching workspace folder; 0 for a fallback. */
  score: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The per-user registry folder. Under the home folder, not the temp dir, so that a hook spawned by another app with another TMPDIR finds it. */
export function registryDir(env: Env = process.env): string {
  const override = env[ENV_REGISTRY_DIR];
  if (override) return override;
  return path.join(os.homedir(), '.destructive-gate', 'windows');
}

/** Creates (or tightens) a folder only the user can enter. Refuses a symlink or a folder owned by someone else. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isWindows) return;
  const st = fs.lstatSync(dir);
  if (!st.isDirectory()) throw new Error(`${dir} is not a folder`);
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) throw new Error(`${dir} belongs to another user`);
  if ((st.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
}

/** A private folder for this window's socket: $XDG_RUNTIME_DIR or the temp dir, short enough for the 104-byte socket path limit. */
/** The longest socket path every Unix accepts (macOS's sun_path is 104 bytes including the terminator). */
export const MAX_SOCKET_PATH_BYTES = 103;

export function newSocketPath(env: Env = process.env): string {
  const id = randomBytes(9).toString('base64url');
  if (isWindows) return `\\\\.\\pipe\\destructive-gate-${id}`;
  const runtime = env['XDG_RUNTIME_DIR'];
  const fallback = path.join(os.tmpdir(), `destructive-gate-${process.getuid?.() ?? 'u'}`);
  let base = runtime && fs.existsSync(runtime) ? path.join(runtime, 'destructive-gate') : fallback;
  // A Unix socket path must fit in sun_path (104 bytes on macOS, 108 on Linux); a longer one is silently cut.
  if (Buffer.byteLength(path.join(base, `w-${id}.sock`)) > MAX_SOCKET_PATH_BYTES) base = fallback;
  if (Buffer.byteLength(path.join(base, `w-${id}.sock`)) > MAX_SOCKET_PATH_BYTES) base = `/tmp/dag-${process.getuid?.() ?? 'u'}`;
  ensurePrivateDir(base);
  return path.join(base, `w-${id}.sock`);
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes this window's registration atomically (temp file + rename), readable by the user only. Returns the file path. */
export function writeRegistration(reg: Omit<WindowRegistration, 'v'>, dir: string = registryDir()): string {
  ensurePrivateDir(dir);
  const file = path.join(dir, `${reg.pid}-${randomBytes(6).toString('hex')}.json`);
  const tmp = `${file}.tmp`;
  const full: WindowRegistration = { v: PROTOCOL_VERSION, ...reg };
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, JSON.stringify(full));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  return file;
}

/** Rewrites an existing registration in place (workspace folders changed, fail mode approved). */
export function updateRegistration(file: string, reg: Omit<WindowRegistration, 'v'>): void {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, JSON.stringify({ v: PROTOCOL_VERSION, ...reg }));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function removeRegistration(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone (another window cleaned it as stale): nothing to do.
  }
}

function trustedFile(file: string): boolean {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return false;
  }
  if (!st.isFile()) return false;
  if (isWindows) return true;
  const uid = process.getuid?.();
  return (uid === undefined || st.uid === uid) && (st.mode & 0o077) === 0;
}

/**
 * Lists the live windows. Entries whose pid is dead are deleted; entries that are not the
 * user's own private files, or do not validate, are skipped (and never trusted).
 */
export function listWindows(dir: string = registryDir(), opts: { clean?: boolean } = {}): FoundWindow[] {
  const clean = opts.clean ?? true;
  let names: string[];
  try {
    if (!isWindows) {
      const st = fs.lstatSync(dir);
      const uid = process.getuid?.();
      if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return [];
    }
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: FoundWindow[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    if (!trustedFile(file)) continue;
    let value: unknown;
    try {
      value = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const checked = checkRegistration(value);
    if (!checked.ok) continue;
    if (!isPidAlive(checked.value.pid)) {
      if (clean) removeRegistration(file);
      continue;
    }
    out.push({ registration: checked.value, file });
  }
  return out;
}

function normalise(p: string): string {
  const r = path.resolve(p);
  return isWindows || process.platform === 'darwin' ? r.toLowerCase() : r;
}

/** Length of `folder` when it equals or contains `p`, else -1. */
export function containment(folder: string, p: string): number {
  const f = normalise(folder);
  const q = normalise(p);
  if (q === f) return f.length;
  const prefix = f.endsWith(path.sep) ? f : f + path.sep;
  return q.startsWith(prefix) ? f.length : -1;
}

/**
 * Ranks windows for a client: a window whose workspace folder contains the cwd or one of the
 * client's workspace roots comes first (longest folder wins, then the most recent window).
 * Windows that contain none follow, most recent first, so that a client in an unrelated folder
 * still reaches a human rather than failing closed with no dialog at all.
 */
export function rankWindows(windows: readonly FoundWindow[], where: { cwd: string; workspaceRoots?: readonly string[] }): WindowChoice[] {
  const paths = [where.cwd, ...(where.workspaceRoots ?? [])].filter((p) => p.length > 0);
  const choices = windows.map((w): WindowChoice => {
    let best = 0;
    let why = 'no window has this folder open; asking the most recent window';
    for (const folder of w.registration.workspaceFolders) {
      for (const p of paths) {
        const n = containment(folder, p);
        if (n > best) {
          best = n;
          why = `workspace ${folder} contains ${p}`;
        }
      }
    }
    return { window: w, why, score: best };
  });
  return choices.sort((a, b) => b.score - a.score || b.window.registration.startedAt.localeCompare(a.window.registration.startedAt));
}

/** The endpoint the extension put into its terminals' environment, if both halves are present. */
export function endpointFromEnv(env: Env): Endpoint | undefined {
  const socket = env[ENV_SOCKET];
  const secret = env[ENV_SECRET];
  if (!socket || !secret) return undefined;
  return { socket, secret };
}
