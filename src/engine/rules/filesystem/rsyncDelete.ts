import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { parseArgs } from '../args';

const RSYNC_VALUED = ['-e', '--rsh', '--exclude', '--include', '--exclude-from', '--include-from', '--filter', '-f', '--files-from', '--port', '--password-file', '--log-file', '--backup-dir', '--suffix', '--chmod', '--chown', '--timeout', '--bwlimit', '--partial-dir', '--temp-dir', '-T', '--compare-dest', '--link-dest', '--copy-dest', '--max-size', '--min-size', '--rsync-path', '--out-format', '--info', '--debug', '--max-delete', '--iconv', '--usermap', '--groupmap', '--modify-window', '-M', '--remote-option'];

/** `rsync --delete*`: files in the destination that are not in the source are removed. */
export const rsyncDelete: Rule = {
  id: 'filesystem/rsync-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes every file in the destination that is not in the source',
  safer: 'run it with --dry-run first, or without --delete',
  tool: 'filesystem',
  commands: ['rsync', 'azcopy'],
  match(cmd) {
    if (cmd.name === 'azcopy') {
      const v = cmd.args.map((w) => w.value);
      const pos = v.filter((x) => !x.startsWith('-'));
      if (pos[0] === 'remove' || pos[0] === 'rm') return { target: pos[1] ?? 'storage', reason: 'deletes blobs or files from cloud storage' };
      const syncDeletes = (pos[0] === 'sync' || pos[0] === 's') && v.some((x, i) => x === '--delete-destination=true' || (x === '--delete-destination' && v[i + 1] === 'true'));
      return syncDeletes ? { target: pos.filter((x) => x !== 'true')[2] ?? 'destination' } : undefined;
    }
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: RSYNC_VALUED });
    const deletes = [...a.options.keys()].some((k) => k.startsWith('--delete') || k === '--del');
    if (!deletes) return undefined;
    if (a.options.has('-n') || a.options.has('--dry-run') || a.options.has('--list-only')) return undefined;
    const dest = a.positionalIndex.map((i) => (cmd.args[i] as Word).value).at(-1);
    if (dest === undefined || a.positionals.length < 2) return undefined;
    const hints = /^[^/]+:/.test(dest) ? [{ kind: 'host' as const, value: dest.split(':')[0]?.replace(/^[^@]*@/, '') ?? '', label: `from rsync destination host ${dest.split(':')[0]}` }] : [];
    return { target: dest, hints };
  },
};
