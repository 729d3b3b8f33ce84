// ~/.cursor/hooks.json: beforeShellExecution and beforeMCPExecution for every call, preToolUse for
// Cursor's file-delete tool. failClosed makes a crash, timeout or empty reply block.

import * as path from 'node:path';
import { HOOK_MARKER } from '../launcher';
import { HOOK_TIMEOUT_SECONDS, type HookTarget, type InstallContext, type TargetResult } from '../hookTarget';
import { commandOf, onlyKeys, removeListEntries, setValue, upsertListEntry, valueAt } from '../jsoncHookList';

const EVENTS: readonly { event: string; matcher?: string }[] = [{ event: 'beforeShellExecution' }, { event: 'beforeMCPExecution' }, { event: 'preToolUse', matcher: 'Delete' }];

function file(ctx: InstallContext): string {
  return path.join(ctx.home, '.cursor', 'hooks.json');
}

const isOurs = (v: unknown): boolean => commandOf(v)?.includes(HOOK_MARKER) ?? false;

export const cursorTarget: HookTarget = {
  id: 'cursor',
  label: 'Cursor',
  detect: (ctx) => ctx.exists(path.join(ctx.home, '.cursor')),
  install(ctx): TargetResult {
    let text = ctx.read(file(ctx)) ?? '';
    if (valueAt(text, ['version']) === undefined) {
      const r = setValue(text, ['version'], 1);
      if (!r.ok) return r;
      text = r.text;
    }
    for (const { event, matcher } of EVENTS) {
      const entry = { command: ctx.command('cursor'), type: 'command', timeout: HOOK_TIMEOUT_SECONDS, failClosed: true, ...(matcher ? { matcher } : {}) };
      const r = upsertListEntry(text, ['hooks', event], entry, isOurs);
      if (!r.ok) return { ok: false, reason: `${file(ctx)}: ${r.reason}` };
      text = r.text;
    }
    return { ok: true, writes: [{ path: file(ctx), after: text }] };
  },
  remove(ctx): TargetResult {
    const before = ctx.read(file(ctx));
    if (before === undefined) return { ok: true, writes: [] };
    let text = before;
    for (const { event } of EVENTS) {
      const r = removeListEntries(text, ['hooks', event], isOurs, [['hooks']]);
      if (!r.ok) return { ok: false, reason: `${file(ctx)}: ${r.reason}` };
      text = r.text;
    }
    const emptied = text !== before && onlyKeys(text, ['version']);
    return { ok: true, writes: [{ path: file(ctx), after: emptied ? undefined : text }] };
  },
  state(ctx) {
    const text = ctx.read(file(ctx)) ?? '';
    const present = EVENTS.filter(({ event }) => {
      const list = valueAt(text, ['hooks', event]);
      return Array.isArray(list) && list.some(isOurs);
    }).length;
    return present === EVENTS.length ? 'installed' : present === 0 ? 'missing' : 'partial';
  },
};
