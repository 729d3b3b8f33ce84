import type { Word } from '../../model/command';
import type { Hit, Rule, RuleContext } from '../rule';
import { classifyPath, isSystemPath } from './pathClass';
import { isBlockDevice } from '../disk/devices';

/** Device and pseudo files that are safe to write: streams, terminals, kernel knobs. */
function isHarmlessSpecial(path: string): boolean {
  return /^\/dev\/(?:null|zero|stdout|stderr|stdin|tty\w*|pts\/|pty\/|fd\/|console|shm\/|random|urandom)/.test(path) || path.startsWith('/proc/') || path.startsWith('/sys/') || path.startsWith('&');
}

function judge(w: Word, ctx: RuleContext): 'deny' | 'confirm' | undefined {
  const v = w.value;
  if (isHarmlessSpecial(v)) return undefined;
  if (v.startsWith('/dev/')) return isBlockDevice(v) || /^\/dev\/(?:fd\d|rfd\d|sd|hd|nvme|disk|rdisk|mmcblk|[a-z]+\/overwrite)/.test(v) || !/^\/dev\/(?:log|mqueue|hugepages)/.test(v) ? 'deny' : undefined;
  const info = classifyPath(w, ctx);
  if (info.kind === 'protected-file') return 'confirm';
  if ((info.kind === 'sensitive' || info.kind === 'catastrophic') && info.resolved !== undefined && isSystemPath(info.resolved)) return 'confirm';
  return undefined;
}

/** `> prod.db`, `> .env`, `> .git/...`, `tee /etc/...`, `sort -o /etc/passwd`, `> /dev/sda`: overwriting data, secrets, system files or disks. */
export const overwriteProtected: Rule = {
  id: 'filesystem/overwrite-protected-file',
  severity: 'high',
  verdict: 'confirm',
  reason: 'overwrites a database, secret, git or system file; its previous contents are lost',
  safer: 'append with >> or write to a new file and move it into place',
  tool: 'filesystem',
  commands: ['*'],
  match(cmd, ctx) {
    const found: { path: string; verdict: 'deny' | 'confirm' }[] = [];
    const consider = (w: Word): void => {
      const v = judge(w, ctx);
      if (v) found.push({ path: w.value, verdict: v });
    };
    for (const r of cmd.redirects) {
      if (r.op !== '>' && r.op !== '>|' && r.op !== '&>') continue;
      if (r.fd !== undefined && r.fd !== 1 && r.fd !== 2) continue;
      // Error output sent to an odd /dev name is a typo, not a disk write.
      if (r.fd === 2 && r.target.value.startsWith('/dev/')) continue;
      consider(r.target);
    }
    if (cmd.name === 'tee' && !cmd.args.some((a) => a.value === '-a' || a.value === '--append')) {
      for (const w of cmd.args) if (!w.value.startsWith('-')) consider(w);
    }
    if (cmd.name === 'sort') {
      const o = cmd.args.findIndex((a) => a.value === '-o' || a.value === '--output');
      const w = o >= 0 ? cmd.args[o + 1] : undefined;
      if (w) consider(w);
    }
    if (found.length === 0) return undefined;
    const deny = found.find((f) => f.verdict === 'deny');
    if (deny) return { verdict: 'deny', target: deny.path, reason: 'writes raw data over a disk device' } satisfies Hit;
    return { target: found.length === 1 ? (found[0] as { path: string }).path : `${found.length} files` };
  },
};
