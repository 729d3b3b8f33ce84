import type { Rule } from '../rule';

/** Removing a user's crontab, a user with their home, or emptying the trash: data gone with no undo. */
export const accountData: Rule = {
  id: 'system/account-data-remove',
  severity: 'high',
  verdict: 'confirm',
  reason: 'removes data that has no backup: a crontab, a user account with its files, or the trash',
  tool: 'filesystem',
  commands: ['crontab', 'userdel', 'deluser', 'trash-empty', 'Clear-RecycleBin', 'clear-recyclebin', 'osascript'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    if (v.some((x) => x.toLowerCase() === '-whatif')) return undefined;
    switch (cmd.name) {
      case 'crontab': {
        if (!v.some((x) => /^-[a-zA-Z]*r/.test(x) && !x.startsWith('--'))) return undefined;
        const u = v.indexOf('-u');
        return { target: u >= 0 ? `crontab of ${v[u + 1] ?? 'user'}` : 'crontab' };
      }
      case 'userdel':
        return v.some((x) => x === '-r' || x === '--remove' || /^-[a-zA-Z]*r/.test(x)) ? { target: v.filter((x) => !x.startsWith('-')).at(-1) ?? 'user' } : undefined;
      case 'deluser':
        return v.some((x) => x === '--remove-home' || x === '--remove-all-files') ? { target: v.filter((x) => !x.startsWith('-')).at(-1) ?? 'user' } : undefined;
      case 'osascript':
        return v.some((x) => /empty\s+(?:the\s+)?trash/i.test(x)) ? { target: 'trash' } : undefined;
      default:
        return { target: 'trash' };
    }
  },
};
