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
  commands: ['rd', 'rmdir', 'del', 'erase', 'Remove-Item', 'remove-item', 'ri', 'robocopy', 'format', 'Format-Volume', 'Clear-Disk', 'Clear-Content', 'clc', 'vssadmin', 'wmic', 'bcdedit', 'Remove-Partition', 'wsl', 'Remove-VMSnapshot', 'Initialize-Disk', 'Reset-PhysicalDisk', '[System.IO.Directory]::Delete', '[IO.Directory]::Delete', '[System.IO.File]::Delete', '[IO.File]::Delete'],
  match(cmd) {
    // Windows paths keep their backslashes: read the words as written.
    const v = cmd.args.map((a) => (a.quoted ? a.value : a.raw));
    const lower = v.map((x) => x.toLowerCase());
    // PowerShell's -WhatIf only reports what would happen (cmd.exe commands ignore it).
    if (lower.includes('-whatif') && !['del', 'erase', 'rd', 'format', 'bcdedit', 'vssadmin', 'wmic', 'robocopy'].includes(cmd.name)) return undefined;
    if (cmd.name.startsWith('[')) {
      const arg = v.join(' ').match(/'([^']+)'|"([^"]+)"/);
      return { target: arg ? (arg[1] ?? arg[2] ?? cmd.name) : cmd.name };
    }
    const paths = v.filter((x) => !x.startsWith('/') && !x.startsWith('-') || /^\/[a-z]\//i.test(x) === false && /^[A-Za-z]:/.test(x));
    const first = paths[0] ?? v.filter((x) => !/^[/-]/.test(x))[0] ?? cmd.name;
    switch (cmd.name) {
      case 'rd':
      case 'rmdir':
        if (!lower.includes('/s')) return undefined;
        return DISPOSABLE_NAMES.has(first.split(/[\\/]/).filter((x) => x.length > 0).pop() ?? '') ? undefined : { target: first };
      case 'del':
      case 'erase':
        return lower.includes('/s') || lower.some((x) => x === '-r' || x === '-recurse') ? { target: first } : undefined;
      case 'Remove-Item':
      case 'remove-item':
      case 'ri':
        if (!lower.some((x) => x === '-recurse' || x === '-r')) return undefined;
        if (/^(?:HK[A-Z]{1,3}|Registry|Env|Alias|Function|Variable|Cert):/i.test(first)) return undefined;
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
      case 'clc':
        return { target: first };
      case 'wsl':
        return lower.includes('--unregister') ? { target: v[lower.indexOf('--unregister') + 1] ?? 'distribution' } : undefined;
      case 'Remove-VMSnapshot':
      case 'Initialize-Disk':
      case 'Reset-PhysicalDisk':
        return { target: v[lower.findIndex((x) => x === '-name' || x === '-number' || x === '-friendlyname') + 1] ?? first };
      case 'vssadmin':
        return lower[0] === 'delete' || lower[0] === 'resize' ? { target: 'shadow copies' } : undefined;
      case 'wmic':
        return lower.includes('shadowcopy') && lower.includes('delete') ? { target: 'shadow copies' } : undefined;
      case 'bcdedit':
        return lower.includes('/delete') ? { target: first } : undefined;
      default:
        return undefined;
    }
  },
};
