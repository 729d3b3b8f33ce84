import type { Rule } from '../rule';

const READ_ONLY = new Set(['-l', '--list', '-s', '--show', '-V', '--version', '-h', '--help', '-p', '--print', '-L', '--list-types', '-d', '--dump', '-J', '--json', '-v', '--verify']);

/** `wipefs`, and partition-table writes by fdisk, sfdisk, gdisk, sgdisk, cfdisk, parted. */
export const partitionTable: Rule = {
  id: 'disk/partition-table',
  severity: 'critical',
  verdict: 'deny',
  reason: 'rewrites or wipes a disk partition table or signatures: the data on it becomes unreachable',
  tool: 'disk',
  commands: ['wipefs', 'fdisk', 'sfdisk', 'gdisk', 'sgdisk', 'cfdisk', 'parted', 'diskpart', 'diskutil'],
  match(cmd) {
    const values = cmd.args.map((a) => a.value);
    const device = values.find((v) => v.startsWith('/dev/') || /^disk\d/.test(v)) ?? values.filter((v) => !v.startsWith('-')).at(-1) ?? cmd.name;
    if (cmd.name === 'wipefs') {
      if (values.length === 0 || values.includes('-n') || values.includes('--no-act') || (!values.includes('-a') && !values.includes('--all') && !values.some((v) => v.startsWith('-o') || v.startsWith('--offset') || v === '-t'))) return undefined;
      return { target: device };
    }
    if (cmd.name === 'diskutil') {
      const verb = values[0] ?? '';
      const sub = `${verb} ${values[1] ?? ''}`;
      if (/^(?:eraseDisk|eraseVolume|zeroDisk|randomDisk|secureErase|partitionDisk|reformat|deleteVolume|splitPartition|mergePartitions)$/i.test(verb) || /^(?:apfs|cs|ar) (?:deleteVolume|deleteContainer|eraseVolume|deleteSnapshot|delete)/i.test(sub)) {
        return { target: values.filter((v) => !v.startsWith('-')).at(-1) ?? verb };
      }
      return undefined;
    }
    if (cmd.name === 'diskpart') return { verdict: 'confirm', target: 'diskpart', reason: 'runs a disk partitioning script or session' };
    if (values.some((v) => READ_ONLY.has(v))) return undefined;
    if (cmd.name === 'parted') {
      const script = values.filter((v) => !v.startsWith('-')).slice(1);
      if (script.length === 0) return { verdict: 'confirm', target: device, reason: 'opens an interactive partitioning session on a disk' };
      if (script.every((s) => /^(?:print|p|help|version|unit|align-check|select)$/.test(s) || /^(?:s|b|B|kB|MB|GB|TB|%|cyl|chs|compact|free|list|all|\d+)$/.test(s))) return undefined;
      return { target: device };
    }
    if (cmd.name === 'sgdisk') {
      if (values.some((v) => /^(?:-Z|--zap-all|-z|--zap|-o|--clear|-d|--delete|-n|--new|-g|--mbrtogpt|-e|--move-second-header)/.test(v))) return { target: device };
      return undefined;
    }
    if (cmd.name === 'sfdisk') {
      if (values.some((v) => v === '--delete' || v === '-N' || v === '--wipe' || v === '-W')) return { target: device };
      if (cmd.stdin || cmd.redirects.some((r) => r.op === '<' || r.body !== undefined)) return { target: device };
      return undefined;
    }
    // fdisk, gdisk, cfdisk without a read-only flag: an interactive session that writes on `w`.
    if (!values.some((v) => v.startsWith('/dev/'))) return undefined;
    if (cmd.stdin) return { target: device };
    return { verdict: 'confirm', target: device, reason: 'opens an interactive partitioning session on a disk' };
  },
};
