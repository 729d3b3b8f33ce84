import type { Rule } from '../rule';

/** Flags that make each partitioner only read. */
const READ_ONLY: Readonly<Record<string, readonly string[]>> = {
  fdisk: ['-l', '--list', '-s', '--getsz', '-V', '--version', '-h', '--help', '-x', '--list-details'],
  sfdisk: ['-l', '--list', '-s', '--show-size', '-d', '--dump', '-J', '--json', '-V', '--verify', '-v', '--version', '-h', '--help', '-g', '--show-geometry', '-F', '--list-free', '--part-label', '--part-uuid', '--part-attrs'],
  gdisk: ['-l', '-h', '--help'],
  cfdisk: ['-h', '--help', '-V', '--version'],
  parted: ['-l', '--list', '-v', '--version', '-h', '--help'],
  sgdisk: ['-p', '--print', '-i', '--info', '-v', '--verify', '-V', '--version', '-L', '--list-types', '-b', '--backup', '-O', '--print-mbr'],
};

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
    if (cmd.name === 'diskpart') {
      if (!values.some((v) => /^[/-]s$/i.test(v)) && !cmd.stdin) return undefined;
      return { verdict: 'confirm', target: values.find((v) => !/^[/-]s$/i.test(v)) ?? 'diskpart', reason: 'runs a disk partitioning script' };
    }
    const sfdiskWrites = cmd.name === 'sfdisk' && values.some((v) => ['--delete', '--wipe', '-W', '--part-type', '--part-label', '--part-uuid', '--part-attrs', '--change-id', '--relocate', '--move-data'].includes(v) && (v !== '--part-label' && v !== '--part-uuid' && v !== '--part-attrs' || values.filter((x) => !x.startsWith('-')).length >= 3));
    if (!sfdiskWrites && values.some((v) => (READ_ONLY[cmd.name] ?? []).includes(v))) return undefined;
    if (cmd.name === 'parted') {
      const script = values.filter((v) => !v.startsWith('-')).slice(1);
      if (script.length === 0) return { verdict: 'confirm', target: device, reason: 'opens an interactive partitioning session on a disk' };
      if (script.every((s) => /^(?:print|p|help|version|unit|align-check|select)$/.test(s) || /^(?:s|b|B|kB|MB|GB|TB|%|cyl|chs|compact|free|list|all|\d+)$/.test(s))) return undefined;
      return { target: device };
    }
    if (cmd.name === 'sgdisk') {
      if (values.some((v) => /^(?:-Z|--zap-all|-z|--zap|-o|--clear|-d|--delete|-n|--new|-g|--mbrtogpt|-e|--move-second-header|-m|--gpttombr|-t|--typecode|-R|--replicate|-G|--randomize-guids|-s|--sort|-c|--change-name|-x|-N|--largest-new)$/.test(v))) return { target: device };
      return undefined;
    }
    if (cmd.name === 'sfdisk') {
      if (sfdiskWrites || values.some((v) => v === '-N')) return { target: device };
      if (cmd.stdin || cmd.redirects.some((r) => r.op === '<' || r.body !== undefined)) return { target: device };
      return undefined;
    }
    // fdisk, gdisk, cfdisk without a read-only flag: an interactive session that writes on `w`.
    if (!values.some((v) => v.startsWith('/dev/'))) return undefined;
    if (cmd.stdin) return { target: device };
    return { verdict: 'confirm', target: device, reason: 'opens an interactive partitioning session on a disk' };
  },
};
