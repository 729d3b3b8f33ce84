// ~/.codex/hooks.json PreToolUse (Claude's layout) plus the hooks feature flag in config.toml.
// Codex asks the user to trust a new hook (by content hash) in /hooks before it runs.

import * as path from 'node:path';
import { disableCodexHooks, enableCodexHooks } from '../codexFeatureFlag';
import { HOOK_TIMEOUT_SECONDS, type HookTarget, type InstallContext } from '../hookTarget';
import { groupState, installGroup, removeGroup } from './matcherGroups';

const EVENT = ['hooks', 'PreToolUse'];
const file = (ctx: InstallContext) => path.join(ctx.home, '.codex', 'hooks.json');
const toml = (ctx: InstallContext) => path.join(ctx.home, '.codex', 'config.toml');

export const codexTarget: HookTarget = {
  id: 'codex',
  label: 'OpenAI Codex',
  detect: (ctx) => ctx.exists(path.join(ctx.home, '.codex')),
  install(ctx) {
    const hooks = installGroup(file(ctx), ctx.read(file(ctx)) ?? '', EVENT, {
      matcher: 'Bash|mcp__.*',
      hooks: [{ type: 'command', command: ctx.command('codex'), timeout: HOOK_TIMEOUT_SECONDS }],
    });
    if (!hooks.ok) return hooks;
    const flag = enableCodexHooks(ctx.read(toml(ctx)) ?? '');
    if (!flag.ok) return { ok: false, reason: `${toml(ctx)}: ${flag.reason}` };
    return { ok: true, writes: flag.changed ? [...hooks.writes, { path: toml(ctx), after: flag.text }] : hooks.writes };
  },
  remove(ctx) {
    const hooks = removeGroup(file(ctx), ctx.read(file(ctx)), EVENT);
    if (!hooks.ok) return hooks;
    const before = ctx.read(toml(ctx));
    if (before === undefined) return hooks;
    const after = disableCodexHooks(before);
    return { ok: true, writes: [...hooks.writes, { path: toml(ctx), after: after.trim() === '' ? undefined : after }] };
  },
  state: (ctx) => groupState(ctx.read(file(ctx)), EVENT),
};
