import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { classifyPath } from './pathClass';

const DEVNULL = new Set(['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/tty']);

/** `> prod.db`, `> .env`, `> .git/...`, `tee /etc/...`, `sort -o /etc/passwd`: overwriting data, secrets or system files. */
export const overwriteProtected: Rule = {
  id: 'filesystem/overwrite-protected-file',
  severity: 'high',
  verdict: 'confirm',
  reason: 'overwrites a database, secret, git or system file; its previous contents are lost',
  safer: 'append with >> or write to a new file and move it into place',
  tool: 'filesystem',
  commands: ['*'],
  match(cmd, ctx) {
    const targets: string[] = [];
    for (const r of cmd.redirects) {
      if (r.op !== '>' && r.op !== '>|' && r.op !== '&>') continue;
      if (r.fd !== undefined && r.fd !== 1 && r.fd !== 2) continue;
      if (DEVNULL.has(r.target.value) || r.target.value.startsWith('&')) continue;
      const info = classifyPath(r.target, ctx);
      if (info.kind === 'protected-file' || info.kind === 'sensitive' || info.kind === 'catastrophic') targets.push(r.target.value);
    }
    if (cmd.name === 'tee' && !cmd.args.some((a) => a.value === '-a' || a.value === '--append')) {
      for (const w of cmd.args) {
        if (w.value.startsWith('-') || DEVNULL.has(w.value)) continue;
        const info = classifyPath(w, ctx);
        if (info.kind === 'protected-file' || info.kind === 'sensitive') targets.push(w.value);
      }
    }
    if (cmd.name === 'sort') {
      const o = cmd.args.findIndex((a) => a.value === '-o' || a.value === '--output');
      const w = o >= 0 ? cmd.args[o + 1] : undefined;
      if (w) {
        const info = classifyPath(w as Word, ctx);
        if (info.kind === 'protected-file' || info.kind === 'sensitive') targets.push(w.value);
      }
    }
    if (targets.length === 0) return undefined;
    return { target: targets.length === 1 ? (targets[0] as string) : `${targets.length} files` };
  },
};
