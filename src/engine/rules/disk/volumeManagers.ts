import type { Rule } from '../rule';

/** Volume managers and storage pools: removing a volume, pool, snapshot or encrypted header loses its data. */
export const volumeRemove: Rule = {
  id: 'disk/volume-remove',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'removes a storage volume, pool or snapshot together with its data',
  tool: 'disk',
  commands: ['lvremove', 'vgremove', 'pvremove', 'zfs', 'zpool', 'btrfs', 'cryptsetup', 'mdadm', 'tmutil', 'virsh', 'VBoxManage', 'vboxmanage', 'qm', 'pct', 'lxc', 'incus', 'multipass', 'vagrant'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    const pos = v.filter((x) => !x.startsWith('-'));
    const last = pos.at(-1) ?? cmd.name;
    switch (cmd.name) {
      case 'lvremove':
      case 'vgremove':
      case 'pvremove':
        return pos.length > 0 ? { target: last } : undefined;
      case 'zfs':
        return pos[0] === 'destroy' || (pos[0] === 'rollback' && v.includes('-r')) ? { target: last } : undefined;
      case 'zpool':
        return pos[0] === 'destroy' || pos[0] === 'labelclear' ? { target: last } : undefined;
      case 'btrfs': {
        const group = pos[0] ?? '';
        const verb = pos[1] ?? '';
        return /^su/.test(group) && /^(?:d|de|del|delete)$/.test(verb) ? { target: last } : undefined;
      }
      case 'cryptsetup':
        return ['luksFormat', 'erase', 'luksErase', 'luksKillSlot', 'luksRemoveKey', 'reencrypt'].includes(pos[0] ?? '') ? { target: last } : undefined;
      case 'mdadm':
        return v.includes('--zero-superblock') ? { target: last } : undefined;
      case 'tmutil':
        return pos[0] === 'delete' || pos[0] === 'deletelocalsnapshots' ? { target: last } : undefined;
      case 'virsh':
        if (pos[0] === 'vol-delete' || pos[0] === 'vol-wipe' || pos[0] === 'pool-delete') {
          const rest = v.slice(v.indexOf(pos[0]) + 1);
          const name = rest.find((x, i) => !x.startsWith('-') && !['--pool', '--vol'].includes(rest[i - 1] ?? ''));
          return { target: name ?? last };
        }
        return pos[0] === 'undefine' && v.some((x) => x.startsWith('--remove-all-storage') || x === '--storage' || x === '--wipe-storage') ? { target: last } : undefined;
      case 'VBoxManage':
      case 'vboxmanage':
        if (pos[0] === 'unregistervm' && v.includes('--delete')) return { target: last };
        if ((pos[0] === 'closemedium' || pos[0] === 'mediumio') && v.includes('--delete')) return { target: last };
        if (pos[0] === 'cloud' && pos.includes('terminate')) return { target: v.find((x) => x.startsWith('--id='))?.slice(5) ?? last };
        return undefined;
      case 'qm':
      case 'pct':
        if (/^(?:destroy|des|delsnapshot|delsnap|del)$/.test(pos[0] ?? '')) return { target: pos[1] ?? last };
        return (pos[0] === 'disk' || pos[0] === 'di') && (pos[1] === 'unlink' || pos[1] === 'u') ? { target: pos[2] ?? last } : undefined;
      default:
        return undefined;
    }
  },
};
