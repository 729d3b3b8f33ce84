// ~/.codeium/windsurf/hooks.json: pre_run_command and pre_mcp_tool_use (no matchers, no timeout
// setting; stdout is ignored and exit 2 blocks).

import * as path from 'node:path';
import { HOOK_MARKER } from '../launcher';
import type { HookTarget, InstallContext, TargetResult } from '../hookTarget';
import { commandOf, onlyKeys, removeListEntries, upsertListEntry, valueAt } from '../jsoncHookList';

const EVENTS = ['pre_run_command', 'pre_mcp_tool_use'];
const file = (ctx: InstallContext) => path.join(ctx.home, '.codeium', 'windsurf', 'hooks.json');
const isOurs = (v: unknown): boolean => commandOf(v)?.includes(HOOK_MARKER) ?? false;

export const windsurfTarget: HookTarget = {
  id: 'windsurf',
  label: 'Windsurf / Devin Desktop',
  detect: (ctx) => ctx.exists(path.join(ctx.home, '.codeium', 'windsurf')) || ctx.exists(path.join(ctx.home, '.windsurf')),
  install(ctx): TargetResult {
    let text = ctx.read(file(ctx)) ?? '';
    for (const event of EVENTS) {
      const r = upsertListEntry(text, ['hooks', event], { command: ctx.command('windsurf'), show_output: false }, isOurs);
      if (!r.ok) return { ok: false, reason: `${file(ctx)}: ${r.reason}` };
      text = r.text;
    }
    return { ok: true, writes: [{ path: file(ctx), after: text }] };
  },
  remove(ctx): TargetResult {
    const before = ctx.read(file(ctx));
    if (before === undefined) return { ok: true, writes: [] };
    let text = before;
    for (const event of EVENTS) {
      const r = removeListEntries(text, ['hooks', event], isOurs, [['hooks']]);
      if (!r.ok) return { ok: false, reason: `${file(ctx)}: ${r.reason}` };
      text = r.text;
    }
    return { ok: true, writes: [{ path: file(ctx), after: text !== before && onlyKeys(text, []) ? undefined : text }] };
  },
  state(ctx) {
    const text = ctx.read(file(ctx)) ?? '';
    const n = EVENTS.filter((e) => {
      const list = valueAt(text, ['hooks', e]);
      return Array.isArray(list) && list.some(isOurs);
    }).length;
    return n === EVENTS.length ? 'installed' : n === 0 ? 'missing' : 'partial';
  },
};
