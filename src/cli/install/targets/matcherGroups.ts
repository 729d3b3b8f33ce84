// The Claude Code hook layout, also used by Gemini CLI and Codex: an event holds matcher groups,
// each with its own list of handlers. We own whole groups whose handlers run our launcher.

import { HOOK_MARKER } from '../launcher';
import type { FileWrite, TargetResult, TargetState } from '../hookTarget';
import { commandOf, onlyKeys, removeListEntries, upsertListEntry, valueAt } from '../jsoncHookList';

export function isOurGroup(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const hooks = (v as Record<string, unknown>)['hooks'];
  return Array.isArray(hooks) && hooks.some((h) => commandOf(h)?.includes(HOOK_MARKER) ?? false);
}

export function installGroup(file: string, text: string, eventPath: string[], group: unknown): TargetResult {
  const r = upsertListEntry(text, eventPath, group, isOurGroup);
  if (!r.ok) return { ok: false, reason: `${file}: ${r.reason}` };
  return { ok: true, writes: [{ path: file, after: r.text }] };
}

export function removeGroup(file: string, before: string | undefined, eventPath: string[], keepIfOnly: readonly string[] = []): TargetResult {
  if (before === undefined) return { ok: true, writes: [] };
  const r = removeListEntries(before, eventPath, isOurGroup, [eventPath.slice(0, -1)]);
  if (!r.ok) return { ok: false, reason: `${file}: ${r.reason}` };
  const write: FileWrite = { path: file, after: r.text !== before && onlyKeys(r.text, keepIfOnly) ? undefined : r.text };
  return { ok: true, writes: [write] };
}

export function groupState(text: string | undefined, eventPath: string[]): TargetState {
  const list = valueAt(text ?? '', eventPath);
  return Array.isArray(list) && list.some(isOurGroup) ? 'installed' : 'missing';
}
