// ~/.gemini/settings.json BeforeTool (timeout in milliseconds); hooks must be switched on in
// `hooksConfig.enabled`, which is set only when the user has not decided it already.

import * as path from 'node:path';
import { HOOK_TIMEOUT_SECONDS, type HookTarget, type InstallContext } from '../hookTarget';
import { setValue, valueAt } from '../jsoncHookList';
import { groupState, installGroup, removeGroup } from './matcherGroups';

const EVENT = ['hooks', 'BeforeTool'];
const file = (ctx: InstallContext) => path.join(ctx.home, '.gemini', 'settings.json');

export const geminiTarget: HookTarget = {
  id: 'gemini',
  label: 'Gemini CLI',
  detect: (ctx) => ctx.exists(path.join(ctx.home, '.gemini')),
  install(ctx) {
    let text = ctx.read(file(ctx)) ?? '';
    if (valueAt(text, ['hooksConfig', 'enabled']) === undefined) {
      const r = setValue(text, ['hooksConfig', 'enabled'], true);
      if (!r.ok) return { ok: false, reason: `${file(ctx)}: ${r.reason}` };
      text = r.text;
    }
    return installGroup(file(ctx), text, EVENT, {
      matcher: 'run_shell_command|mcp__.*|.*delete.*|.*remove.*',
      sequential: false,
      hooks: [{ type: 'command', command: ctx.command('gemini'), name: 'destructive-gate', timeout: HOOK_TIMEOUT_SECONDS * 1000 }],
    });
  },
  remove: (ctx) => removeGroup(file(ctx), ctx.read(file(ctx)), EVENT),
  state: (ctx) => groupState(ctx.read(file(ctx)), EVENT),
};
