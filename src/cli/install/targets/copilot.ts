// ~/.copilot/hooks/destructive-gate.json, a file wholly ours, in GitHub Copilot CLI's format
// (`version`, lowerCamelCase events, `bash`/`powershell`), which VS Code's agent hooks also read
// and convert. The VS Code command additionally adds this folder to `chat.hookFilesLocations`.

import * as path from 'node:path';
import { HOOK_MARKER } from '../launcher';
import { HOOK_TIMEOUT_SECONDS, type HookTarget, type InstallContext } from '../hookTarget';

export const copilotHookFile = (home: string) => path.join(home, '.copilot', 'hooks', 'destructive-gate.json');

function content(ctx: InstallContext): string {
  const command = ctx.command('copilot-cli');
  const entry = { type: 'command', bash: command, powershell: `& ${command}`, command, timeoutSec: HOOK_TIMEOUT_SECONDS, timeout: HOOK_TIMEOUT_SECONDS };
  return `${JSON.stringify({ version: 1, hooks: { preToolUse: [entry] } }, null, 2)}\n`;
}

export const copilotTarget: HookTarget = {
  id: 'copilot',
  label: 'VS Code agent hooks / GitHub Copilot CLI',
  detect: (ctx) =>
    ctx.exists(path.join(ctx.home, '.copilot')) ||
    ctx.exists(path.join(ctx.home, '.vscode')) ||
    ctx.exists(path.join(ctx.home, '.config', 'Code')) ||
    ctx.exists(path.join(ctx.home, 'Library', 'Application Support', 'Code')),
  install(ctx) {
    const current = ctx.read(copilotHookFile(ctx.home));
    if (current !== undefined && !current.includes(HOOK_MARKER)) return { ok: false, reason: `${copilotHookFile(ctx.home)} exists and is not ours; nothing was changed` };
    return { ok: true, writes: [{ path: copilotHookFile(ctx.home), after: content(ctx) }] };
  },
  remove(ctx) {
    const current = ctx.read(copilotHookFile(ctx.home));
    if (current === undefined || !current.includes(HOOK_MARKER)) return { ok: true, writes: [] };
    return { ok: true, writes: [{ path: copilotHookFile(ctx.home), after: undefined }] };
  },
  state: (ctx) => (ctx.read(copilotHookFile(ctx.home))?.includes(HOOK_MARKER) ? 'installed' : 'missing'),
};
