// Body arguments as clients read them: `@file` is read from disk (through the caller's reader,
// resolved against the working folder), `@-` is standard input (piped text, a heredoc or a
// here-string), anything else is the text itself.

import type { SimpleCommand } from '../../model/command';
import type { FileReader } from '../../model/input';

export interface BodyContext {
  cwd: string;
  home: string;
  readFile?: FileReader;
}

export type BodyRead = { ok: true; text: string } | { ok: false; why: string };

export function resolvePath(path: string, ctx: BodyContext): string {
  let p = path;
  if (p === '~' || p.startsWith('~/')) p = ctx.home + p.slice(1);
  else if (!p.startsWith('/')) p = `${ctx.cwd.replace(/\/+$/, '')}/${p}`;
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export function readFileArgument(path: string, cmd: SimpleCommand, ctx: BodyContext): BodyRead {
  if (path === '-') return readStdin(cmd, ctx);
  if (path.includes('$') || path.includes('`')) return { ok: false, why: `the file name ${path} is computed when the command runs` };
  const text = ctx.readFile?.(resolvePath(path, ctx));
  return text === undefined ? { ok: false, why: `the file ${path} could not be read` } : { ok: true, text };
}

export function readStdin(cmd: SimpleCommand, ctx: BodyContext): BodyRead {
  const s = cmd.stdin;
  if (s === undefined) return { ok: false, why: 'standard input is not known' };
  if (s.kind === 'text') return { ok: true, text: s.text };
  if (s.kind === 'file') return readFileArgument(s.path, { ...cmd, stdin: undefined }, ctx);
  return { ok: false, why: `standard input comes from \`${s.command.name}\`` };
}
