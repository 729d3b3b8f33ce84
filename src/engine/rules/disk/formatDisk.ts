import type { Word } from '../../model/command';
import type { Rule } from '../rule';

const MKFS = /^(?:mkfs(?:\.[\w]+)?|mke2fs|mkdosfs|mkntfs|mkexfatfs|newfs(?:_[\w]+)?|mkfs_[\w]+)$/;

/** `mkfs` and friends: a new file system over whatever the device held. */
export const formatDisk: Rule = {
  id: 'disk/format',
  severity: 'critical',
  verdict: 'deny',
  reason: 'formats a disk or partition: everything on it is erased',
  tool: 'disk',
  commands: ['mkfs', 'mkfs.*', 'mke2fs', 'mkdosfs', 'mkntfs', 'mkexfatfs', 'newfs', 'mkfs.ext2', 'mkfs.ext3', 'mkfs.ext4', 'mkfs.xfs', 'mkfs.btrfs', 'mkfs.vfat', 'mkfs.fat', 'mkfs.msdos', 'mkfs.ntfs', 'mkfs.exfat', 'mkfs.f2fs', 'mkfs.minix', 'mkfs.cramfs', 'mkfs.bfs', 'mkfs.jfs', 'mkfs.reiserfs', 'mkfs.hfsplus', 'mkfs.zfs', 'newfs_msdos', 'newfs_hfs', 'newfs_apfs'],
  match(cmd) {
    if (!MKFS.test(cmd.name)) return undefined;
    const values = cmd.args.map((a: Word) => a.value);
    if (values.includes('--help') || values.includes('-V') || values.includes('--version')) return undefined;
    const positionals = values.filter((v, i) => !v.startsWith('-') && !(i > 0 && /^-[tLbcCgGiIjJlmNoOrsSEUFn]$/.test(values[i - 1] as string)));
    const device = positionals.find((v) => v.startsWith('/dev/'));
    if (device) return { target: device };
    const image = positionals[0];
    if (image === undefined) return undefined;
    return { verdict: 'confirm', target: image, reason: 'formats the image or device file: everything in it is erased' };
  },
};
