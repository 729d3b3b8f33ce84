// ~/.claude/settings.json PreToolUse. Cursor (third-party hooks) and VS Code also read this file
// and call it with their own payloads; the hook reads those too, and the gate's one-shot pass
// keeps a doubly-fired call to one dialog.

import * as path from 'node:path';
import { HOOK_TIMEOUT_SECONDS, type HookTarget, type InstallContext } from '../hookTarget';
import { groupState, installGroup, removeGroup } from './matcherGroups';

const EVENT = ['hooks', 'PreToolUse'];
const file = (ctx: InstallContext) => path.join(ctx.home, '.claude', 'settings.json');

export const claudeCodeTarget: HookTarget = {
  id: 'claude-code',
  label: 'Claude Code',
  detect: (ctx) => ctx.exists(path.join(ctx.home, '.claude')) || ctx.exists(path.join(ctx.home, '.claude.json')),
  install: (ctx) =>
    installGroup(file(ctx), ctx.read(file(ctx)) ?? '', EVENT, {
      matcher: 'Bash|mcp__.*|run_in_terminal|Shell',
      hooks: [{ type: 'command', command: ctx.command('claude-code'), timeout: HOOK_TIMEOUT_SECONDS }],
    }),
  remove: (ctx) => removeGroup(file(ctx), ctx.read(file(ctx)), EVENT),
  state: (ctx) => groupState(ctx.read(file(ctx)), EVENT),
};
