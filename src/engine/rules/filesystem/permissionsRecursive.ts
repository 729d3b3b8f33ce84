import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { parseArgs } from '../args';
import { classifyPath } from './pathClass';

/** `chmod -R` / `chown -R` / `chgrp -R` over `/`, `~` or a system folder breaks the machine or the account. */
export const permissionsRecursive: Rule = {
  id: 'filesystem/permissions-recursive-system',
  severity: 'critical',
  verdict: 'deny',
  reason: 'recursively changes ownership or permissions of a system folder or your home, which breaks the machine',
  tool: 'filesystem',
  commands: ['chmod', 'chown', 'chgrp', 'setfacl'],
  match(cmd, ctx) {
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['--reference', '--from', '-M', '-X', '-m', '-x'] });
    const recursive = a.options.has('-R') || a.options.has('--recursive') || (cmd.name === 'setfacl' && a.options.has('-R'));
    if (!recursive) return undefined;
    const paths = a.positionalIndex.slice(cmd.name === 'setfacl' ? 0 : 1).map((i) => cmd.args[i] as Word);
    for (const w of paths) {
      const info = classifyPath(w, ctx);
      if (info.kind === 'catastrophic') return { target: w.value };
      if (info.kind === 'sensitive') return { verdict: 'confirm', target: w.value, reason: 'recursively changes ownership or permissions under a system folder' };
    }
    return undefined;
  },
};
