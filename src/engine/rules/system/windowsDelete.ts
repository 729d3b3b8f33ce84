import type { Rule } from '../rule';
import { DISPOSABLE_NAMES } from '../filesystem/pathClass';

/**
 * Windows and PowerShell analogs of the filesystem and disk rules, as typed in a terminal:
 * `rd /s`, `del /s`, `Remove-Item -Recurse`, `robocopy /MIR`, `format`, `Clear-Disk`, `vssadmin delete shadows`.
 */
export const windowsDelete: Rule = {
  id: 'system/windows-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes a folder tree, wipes a volume or removes backups on Windows, with no undo',
  tool: 'filesystem',
  commands: ['rd', 'rmdir', 'del', 'erase', 'Remove-Item', 'remove-item', 'ri', 'robocopy', 'format', 'Format-Volume', 'Clear-Disk', 'Clear-Content', 'vssadmin', 'wmic', 'cipher', 'bcdedit', 'Remove-Partition'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    const lower = v.map((x) => x.toLowerCase());
    const paths = v.filter((x) => !x.startsWith('/') && !x.startsWith('-') || /^\/[a-z]\//i.test(x) === false && /^[A-Za-z]:/.test(x));
    const first = paths[0] ?? v.filter((x) => !/^[/-]/.test(x))[0] ?? cmd.name;
    switch (cmd.name) {
      case 'rd':
      case 'rmdir':
        return lower.includes('/s') ? { target: first } : undefined;
      case 'del':
      case 'erase':
        return lower.includes('/s') ? { target: first } : undefined;
      case 'Remove-Item':
      case 'remove-item':
      case 'ri':
        if (!lower.some((x) => x === '-recurse' || x === '-r')) return undefined;
        return DISPOSABLE_NAMES.has(first.replace(/^\.[\\/]/, '').replace(/[\\/]+$/, '')) ? undefined : { target: first };
      case 'robocopy':
        return lower.includes('/mir') || lower.includes('/purge') ? { target: v.filter((x) => !x.startsWith('/'))[1] ?? first } : undefined;
      case 'format':
        return v.some((x) => /^[A-Za-z]:$/.test(x)) ? { verdict: 'deny', target: v.find((x) => /^[A-Za-z]:$/.test(x)) as string, reason: 'formats a whole drive' } : undefined;
      case 'Format-Volume':
      case 'Clear-Disk':
      case 'Remove-Partition':
        return { verdict: 'deny', target: first, reason: 'wipes a disk or volume' };
      case 'Clear-Content':
        return { target: first };
      case 'vssadmin':
        return lower[0] === 'delete' || lower[0] === 'resize' ? { target: 'shadow copies' } : undefined;
      case 'wmic':
        return lower.includes('shadowcopy') && lower.includes('delete') ? { target: 'shadow copies' } : undefined;
      case 'cipher':
        return lower.some((x) => x.startsWith('/w')) ? { target: first } : undefined;
      case 'bcdedit':
        return lower.includes('/delete') ? { target: first } : undefined;
      default:
        return undefined;
    }
  },
};
