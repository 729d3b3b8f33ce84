// What a path named on a line is, for the filesystem rules: catastrophic (deny), disposable (allow),
// protected (a database or secret file), the current folder as a whole, or ordinary.

import type { Word } from '../../model/command';
import type { RuleContext } from '../rule';
import { resolvePath } from '../../resolve/paths';
import { globMatch } from '../../resolve/glob';

export const TOP_LEVEL_SYSTEM = new Set([
  '/etc', '/usr', '/var', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/boot', '/dev', '/proc', '/sys', '/opt',
  '/root', '/home', '/srv', '/mnt', '/media', '/snap', '/run', '/System', '/Library', '/Applications', '/Users', '/private',
  '/Volumes', '/cores', '/nix', '/usr/local', '/usr/bin', '/usr/lib', '/usr/sbin', '/usr/share', '/var/lib', '/var/log',
]);

export const DISPOSABLE_NAMES = new Set([
  'node_modules', 'dist', 'build', 'out', 'target', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '__pycache__',
  '.pytest_cache', '.venv', 'venv', 'tmp',
]);

/** Name patterns whose matches are throwaway files. */
export const DISPOSABLE_FILE_PATTERNS = new Set(['*.pyc', '*.pyo', '*.o', '*.class', '*.log', '*.tmp', '*~', '.DS_Store', '*.orig', '*.rej', '__pycache__', '*.swp', '.*.swp', '*.bak~']);

const PROTECTED_FILE = /(?:^|\/)(?:[^/]*\.(?:db|sqlite|sqlite3|mdb|pem|key)|\.env[^/]*)$/i;

export type PathKind =
  /** `/`, `~`, a top-level system folder, the workspace root: never from an editor. */
  | 'catastrophic'
  /** Below a system folder, another user's home, a top-level non-system folder, a parent of cwd: confirm (deny acceptable). */
  | 'sensitive'
  /** `.`, `*`, `$PWD`: the current folder as a whole. */
  | 'cwd-whole'
  | 'disposable'
  | 'protected-file'
  | 'ordinary'
  /** Known only at run time. */
  | 'dynamic';

export interface PathInfo {
  kind: PathKind;
  /** As written, for the typed target. */
  written: string;
  resolved?: string;
}

function isTmp(p: string): boolean {
  return p.startsWith('/tmp/') || p.startsWith('/private/tmp/');
}

export function classifyPath(w: Word, ctx: RuleContext): PathInfo {
  const written = w.value;
  const raw = written.replace(/\$\{TMPDIR:-\/tmp\}/g, '$TMPDIR');
  // `$TMPDIR/x` is disposable even when the variable's value is unknown; `$TMPDIR/..` is not.
  if (/^\$\{?TMPDIR\}?\/+[^/.]/.test(raw) && !raw.includes('..')) return { kind: 'disposable', written };
  const env = { ...ctx.input.env };
  // A quoted or escaped `~` is a folder named `~`, not the home folder.
  const literalTilde = /^(?:["']~|\\~)/.test(w.raw);
  const resolved = resolvePath(literalTilde ? './' + raw : raw, { cwd: ctx.cwd, home: ctx.home, env });
  if (resolved === undefined || (w.dynamic && /\$\(|`/.test(written))) return { kind: 'dynamic', written };
  const info = (kind: PathKind): PathInfo => ({ kind, written, resolved });
  const home = ctx.home.replace(/\/+$/, '') || '/';
  const roots = ctx.input.facts?.workspaceRoots ?? [];

  // Globs: judge the folder they sweep (`/usr/*` sweeps /usr, `*` sweeps cwd).
  let base = resolved;
  let globbed = false;
  if (w.glob) {
    const parts = resolved.split('/');
    const firstGlob = parts.findIndex((s) => /[*?[]/.test(s));
    if (firstGlob >= 0) {
      base = parts.slice(0, firstGlob).join('/') || '/';
      globbed = parts.length - 1 === firstGlob && /^\*+$/.test(parts[firstGlob] as string);
    }
  }

  if (base === '/' || base === home || TOP_LEVEL_SYSTEM.has(base) || roots.includes(base)) {
    if (!w.glob || globbed) return info('catastrophic');
  }
  if (resolved === '/' || resolved === home || TOP_LEVEL_SYSTEM.has(resolved) || roots.includes(resolved)) return info('catastrophic');

  const name = resolved.split('/').pop() ?? '';
  const segments = resolved.split('/');
  // The working folder itself, or a folder holding it, is never disposable, even under /tmp.
  if (base === ctx.cwd && (globbed || resolved === ctx.cwd)) return info('cwd-whole');
  if (ctx.cwd.startsWith(resolved + '/')) return info('sensitive');
  if (isTmp(resolved) || (ctx.input.env['TMPDIR'] && resolved.startsWith(ctx.input.env['TMPDIR'].replace(/\/+$/, '') + '/'))) return info('disposable');
  const cwdSegs = ctx.cwd.split('/').length;
  if (resolved.startsWith(ctx.cwd + '/') || resolved === ctx.cwd) {
    // Inside the working folder: a disposable folder or anything inside one.
    if (segments.slice(cwdSegs).some((s) => DISPOSABLE_NAMES.has(s))) return info('disposable');
  } else if (DISPOSABLE_NAMES.has(name) && resolved !== '/tmp' && resolved !== '/var/tmp') {
    return info('disposable');
  }
  for (const g of ctx.input.policy?.disposablePaths ?? []) {
    if (globMatch(g, resolved) || globMatch(g, written)) return info('disposable');
  }
  if (PROTECTED_FILE.test(resolved) || /(?:^|\/)\.git(?:\/|$)/.test(resolved)) return info('protected-file');
  if (base === ctx.cwd && (globbed || resolved === ctx.cwd)) return info('cwd-whole');
  if (ctx.cwd.startsWith(resolved + '/')) return info('sensitive');
  const top = '/' + (segments[1] ?? '');
  if (TOP_LEVEL_SYSTEM.has(top) && top !== '/home' && top !== '/Users' && !resolved.startsWith(home + '/') && top !== '/mnt' && top !== '/media') return info('sensitive');
  if ((top === '/home' || top === '/Users') && segments.length <= 3 && !resolved.startsWith(home + '/')) return info('sensitive');
  if (segments.length === 2 && resolved !== '/tmp') return info('sensitive');
  if (resolved === '/tmp' || resolved === '/var/tmp' || resolved === '/private/tmp') return info('sensitive');
  return info('ordinary');
}

/** `*.pyc`, `__pycache__`, `node_modules`: a find name filter that only selects throwaway things. */
const DISPOSABLE_LOWER = new Set([...DISPOSABLE_FILE_PATTERNS, ...DISPOSABLE_NAMES].map((p) => p.toLowerCase()));

export function isDisposablePattern(pattern: string): boolean {
  return DISPOSABLE_LOWER.has(pattern.toLowerCase());
}

/** Folders whose ownership and permissions the system relies on (`chown -R` there breaks services). */
export function isSystemOwnedTree(resolved: string): boolean {
  if (resolved === '/var/tmp' || resolved.startsWith('/var/tmp/')) return false;
  return isSystemPath(resolved) || /^\/(?:var|opt|srv|usr\/local)(?:\/|$)/.test(resolved);
}

/** Below a folder the operating system owns (`/etc/nginx/nginx.conf`, `/usr/lib/x`), not a data or home folder. */
export function isSystemPath(resolved: string): boolean {
  if (resolved.startsWith('/usr/local/') || resolved.startsWith('/var/tmp/')) return resolved === '/usr/local/bin' || resolved === '/usr/local/lib';
  return /^\/(?:etc|boot|bin|sbin|lib|lib32|lib64|libx32|usr|sys|proc|System|Library)(?:\/|$)/.test(resolved);
}

export function isProtectedFileName(path: string): boolean {
  return PROTECTED_FILE.test(path) || /(?:^|\/)\.git\//.test(path);
}
