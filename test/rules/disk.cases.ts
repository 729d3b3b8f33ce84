// Per rule id: lines the disk pack must gate (deny on devices, confirm on image files and volumes)
// and look-alikes it must let through (listing, reading, dry runs).

import type { RuleCases } from './ruleTable';

export const diskCases: RuleCases[] = [
  {
    rule: 'disk/format',
    gate: [
      { command: 'mkfs.ext4 /dev/sdb1', verdict: 'deny', target: '/dev/sdb1' },
      { command: 'mkfs -t ext4 /dev/sdb1', verdict: 'deny', target: '/dev/sdb1' },
      { command: 'sudo mkfs.xfs -f /dev/nvme0n1p1', verdict: 'deny', target: '/dev/nvme0n1p1' },
      { command: 'mke2fs /dev/sdc', verdict: 'deny', target: '/dev/sdc' },
      { command: 'mkfs.vfat -F 32 /dev/mmcblk0p1', verdict: 'deny', target: '/dev/mmcblk0p1' },
      { command: 'mkfs.btrfs -L data /dev/vdb', verdict: 'deny', target: '/dev/vdb' },
      { command: 'mkfs.bcachefs /dev/sdd', verdict: 'deny', target: '/dev/sdd' },
      { command: 'bash -c "mkfs.ext4 /dev/sdb"', verdict: 'deny', target: '/dev/sdb' },
      // An image file: its contents are erased, the machine survives.
      { command: 'mkfs.ext4 disk.img', target: 'disk.img' },
      { command: 'mkfs.vfat -F 32 image.bin', target: 'image.bin' },
    ],
    allow: ['mkfs.ext4 --help', 'mkfs -V', 'lsblk', 'blkid /dev/sdb1', 'echo mkfs.ext4 /dev/sda'],
  },
  {
    rule: 'disk/dd-device',
    gate: [
      { command: 'dd if=/dev/zero of=/dev/sda bs=1M', verdict: 'deny', target: '/dev/sda' },
      { command: 'sudo dd if=image.iso of=/dev/disk2 bs=4m', verdict: 'deny', target: '/dev/disk2' },
      { command: 'dd if=/dev/urandom of=/dev/nvme0n1', verdict: 'deny', target: '/dev/nvme0n1' },
      { command: 'dd if=x.img of=/dev/mapper/vg-data', verdict: 'deny', target: '/dev/mapper/vg-data' },
      // dd honours the last of=.
      { command: 'dd if=/dev/zero of=file.img of=/dev/sdb', verdict: 'deny', target: '/dev/sdb' },
      // A system or secret file overwritten: confirm.
      { command: 'dd if=x of=/etc/passwd', target: '/etc/passwd' },
      { command: 'dd if=/dev/zero of=prod.db bs=1k count=1', target: 'prod.db' },
    ],
    allow: [
      'dd if=/dev/zero of=file.img bs=1M count=10',
      'dd if=/dev/sda of=backup.img',
      'dd if=/dev/sda of=/dev/null bs=1M count=1',
      'dd if=/dev/zero of=/dev/sdb of=file.img',
      'dd --help',
    ],
  },
  {
    rule: 'disk/partition-table',
    gate: [
      { command: 'wipefs -a /dev/sdb', verdict: 'deny', target: '/dev/sdb' },
      { command: 'wipefs --all /dev/sdb1', verdict: 'deny', target: '/dev/sdb1' },
      { command: 'parted /dev/sda mklabel gpt', verdict: 'deny', target: '/dev/sda' },
      { command: 'parted -s /dev/sda rm 1', verdict: 'deny', target: '/dev/sda' },
      { command: 'sgdisk -Z /dev/sda', verdict: 'deny', target: '/dev/sda' },
      { command: 'sgdisk --zap-all /dev/nvme0n1', verdict: 'deny', target: '/dev/nvme0n1' },
      { command: 'sfdisk --delete /dev/sda 1', verdict: 'deny', target: '/dev/sda' },
      { command: 'sfdisk /dev/sda < layout.txt', verdict: 'deny', target: '/dev/sda' },
      { command: 'echo w | fdisk /dev/sda', verdict: 'deny', target: '/dev/sda' },
      { command: 'diskutil eraseDisk APFS X disk2', verdict: 'deny', target: 'disk2' },
      // An interactive session writes only when the human types `w`: confirm.
      { command: 'fdisk /dev/sda', target: '/dev/sda' },
      { command: 'parted /dev/sda', target: '/dev/sda' },
    ],
    allow: [
      'fdisk -l',
      'fdisk -l /dev/sda',
      'sudo fdisk --list',
      'wipefs /dev/sdb',
      'wipefs -n -a /dev/sdb',
      'parted -l',
      'parted /dev/sda print',
      'sgdisk -p /dev/sda',
      'sfdisk -l',
      'sfdisk -d /dev/sda',
      'diskutil list',
      'diskutil info disk2',
    ],
  },
  {
    rule: 'disk/volume-remove',
    gate: [
      { command: 'lvremove /dev/vg0/data', target: '/dev/vg0/data' },
      { command: 'lvremove -f vg0/lv1', target: 'vg0/lv1' },
      { command: 'vgremove vg0', target: 'vg0' },
      { command: 'pvremove /dev/sdb', target: '/dev/sdb' },
      { command: 'zfs destroy tank/data', target: 'tank/data' },
      { command: 'zfs destroy -r pool/fs@snap', target: 'pool/fs@snap' },
      { command: 'sudo zfs destroy -R tank', target: 'tank' },
      { command: 'zpool destroy tank', target: 'tank' },
      { command: 'btrfs subvolume delete /mnt/sv', target: '/mnt/sv' },
      { command: 'cryptsetup luksFormat /dev/sdb1', target: '/dev/sdb1' },
      { command: 'mdadm --zero-superblock /dev/sdb1', target: '/dev/sdb1' },
      { command: 'qm destroy 100', target: '100' },
      { command: 'tmutil delete /Volumes/Backup/2024-01-01', target: '/Volumes/Backup/2024-01-01' },
    ],
    allow: ['lvs', 'lvcreate -L 1G -n data vg0', 'zfs list', 'zfs snapshot tank/data@now', 'zpool status', 'btrfs subvolume list /', 'cryptsetup open /dev/sdb1 x', 'virsh list', 'qm list'],
  },
];
