// Cline runs an executable named exactly `PreToolUse` from ~/Documents/Cline/Hooks/ (macOS and
// Linux only). The file is wholly ours; someone else's script there is never overwritten.

import * as path from 'node:path';
import { HOOK_MARKER } from '../launcher';
import type { HookTarget, InstallContext } from '../hookTarget';

const file = (ctx: InstallContext) => path.join(ctx.home, 'Documents', 'Cline', 'Hooks', 'PreToolUse');

function script(ctx: InstallContext): string {
  return `#!/bin/sh\n# ${HOOK_MARKER}: Cline PreToolUse hook (installed by Destructive Action Gate; remove it from the editor).\nexec ${ctx.command('cline')}\n`;
}

export const clineTarget: HookTarget = {
  id: 'cline',
  label: 'Cline',
  detect: (ctx) => ctx.platform !== 'win32' && ctx.exists(path.join(ctx.home, 'Documents', 'Cline')),
  install(ctx) {
    const current = ctx.read(file(ctx));
    if (current !== undefined && !current.includes(HOOK_MARKER)) {
      return { ok: false, reason: `${file(ctx)} already holds another PreToolUse script; call \`${ctx.command('cline')}\` from it yourself` };
    }
    return { ok: true, writes: [{ path: file(ctx), after: script(ctx), mode: 0o755 }] };
  },
  remove(ctx) {
    const current = ctx.read(file(ctx));
    if (current === undefined || !current.includes(HOOK_MARKER)) return { ok: true, writes: [] };
    return { ok: true, writes: [{ path: file(ctx), after: undefined }] };
  },
  state: (ctx) => (ctx.read(file(ctx))?.includes(HOOK_MARKER) ? 'installed' : 'missing'),
};
