// Path reading for rules: `~`, `$HOME`, `$PWD`, `$TMPDIR` and `..` resolved against the line's own cwd and env.

import { posix } from 'node:path';

export interface PathContext {
  cwd: string;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** The absolute, normalised path a word names, or undefined when it depends on something unknown. */
export function resolvePath(word: string, ctx: PathContext): string | undefined {
  let p = word;
  if (p === '~' || p.startsWith('~/')) p = ctx.home + p.slice(1);
  else if (/^~[A-Za-z_][\w-]*(\/|$)/.test(p)) p = '/home/' + p.slice(1);
  p = p.replace(/\$\{?(HOME|PWD|TMPDIR|TMP|TEMP)\}?(?![A-Za-z0-9_])/g, (all, name: string) => {
    if (name === 'HOME') return ctx.home;
    if (name === 'PWD') return ctx.cwd;
    return ctx.env[name] ?? all;
  });
  if (p.includes('$') || p.includes('`')) return undefined;
  if (p === '') return undefined;
  const abs = p.startsWith('/') ? p : posix.join(ctx.cwd, p);
  let out = posix.normalize(abs);
  if (out.length > 1 && out.endsWith('/')) out = out.slice(0, -1);
  return out;
}
