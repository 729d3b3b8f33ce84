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

/** GNU sort's short options that take a value, and its long ones that take one as the next word. */
const SORT_SHORT_WITH_VALUE = 'kostST';
const SORT_LONG_WITH_VALUE = ['key', 'field-separator', 'buffer-size', 'temporary-directory', 'batch-size', 'compress-program', 'files0-from', 'parallel', 'random-source', 'sort'];
const SORT_LONG = [...SORT_LONG_WITH_VALUE, 'output', 'ignore-leading-blanks', 'dictionary-order', 'ignore-case', 'general-numeric-sort', 'ignore-nonprinting', 'month-sort', 'human-numeric-sort', 'numeric-sort', 'random-sort', 'reverse', 'version-sort', 'check', 'debug', 'merge', 'stable', 'unique', 'zero-terminated', 'help', 'version'];

/** The long option an abbreviation names (`--out` is `--output`), as getopt_long reads it; undefined when ambiguous. */
function sortLong(name: string): string | undefined {
  if (SORT_LONG.includes(name)) return name;
  const m = SORT_LONG.filter((l) => l.startsWith(name));
  return m.length === 1 ? m[0] : undefined;
}

/**
 * The files `sort` writes: `-o F`, `-oF`, `-ro F` (a cluster ending in o), `--output F`,
 * `--output=F` and its abbreviations (`--out=F`), anywhere among the arguments (GNU sort permutes).
 * A value of another option (`-t o`, `-To`, `-k 1`) is not read as one.
 */
function sortOutputs(args: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Word;
    const v = a.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const long = sortLong(eq >= 0 ? v.slice(2, eq) : v.slice(2));
      if (long === 'output') {
        const w = eq >= 0 ? { ...a, value: v.slice(eq + 1) } : args[++i];
        if (w) out.push(w);
      } else if (long !== undefined && eq < 0 && SORT_LONG_WITH_VALUE.includes(long)) i++;
      continue;
    }
    if (!v.startsWith('-') || v === '-') continue;
    for (let j = 1; j < v.length; j++) {
      const c = v[j] as string;
      if (!SORT_SHORT_WITH_VALUE.includes(c)) continue;
      const rest = v.slice(j + 1);
      const w = rest !== '' ? { ...a, value: rest } : args[++i];
      if (c === 'o' && w) out.push(w);
      break;
    }
  }
  return out;
}

/** The files `tee` overwrites: none with `-a` (also in a cluster, `-ai`) or `--append` (or an abbreviation, `--app`). */
function teeOverwrites(args: readonly Word[]): Word[] {
  const files: Word[] = [];
  let options = true;
  for (const a of args) {
    const v = a.value;
    if (options && v === '--') options = false;
    else if (options && v.startsWith('--')) {
      const name = v.slice(2).split('=', 1)[0] as string;
      if (name !== '' && 'append'.startsWith(name)) return [];
    } else if (options && v.startsWith('-') && v !== '-') {
      if (v.includes('a')) return [];
    } else files.push(a);
  }
  return files;
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
    if (cmd.name === 'tee') for (const w of teeOverwrites(cmd.args)) consider(w);
    if (cmd.name === 'sort') for (const w of sortOutputs(cmd.args)) consider(w);
    if (found.length === 0) return undefined;
    const deny = found.find((f) => f.verdict === 'deny');
    if (deny) return { verdict: 'deny', target: deny.path, reason: 'writes raw data over a disk device' } satisfies Hit;
    return { target: found.length === 1 ? (found[0] as { path: string }).path : `${found.length} files` };
  },
};
