// Adds and removes our entries in a hook list inside a user's JSON/JSONC file without touching
// anything else: other hooks, comments, key order and formatting survive (jsonc-parser edits).

import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions, type JSONPath, type Node, type ParseError } from 'jsonc-parser';

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

function formattingFor(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

export function parseRoot(text: string): { ok: true; root: Node | undefined } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: true, root: undefined };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) return { ok: false, reason: 'the file is not valid JSON (with comments); fix it first, nothing was changed' };
  if (root.type !== 'object') return { ok: false, reason: 'the file does not hold a JSON object; nothing was changed' };
  return { ok: true, root };
}

function edit(text: string, path: JSONPath, value: unknown, opts: { insert?: boolean } = {}): string {
  const base = text.trim() === '' ? '{}\n' : text;
  const edits = modify(base, path, value, { formattingOptions: formattingFor(base), ...(opts.insert ? { isArrayInsertion: true } : {}) });
  return applyEdits(base, edits);
}

export function valueAt(text: string, path: JSONPath): unknown {
  const parsed = parseRoot(text);
  if (!parsed.ok || parsed.root === undefined) return undefined;
  const node = findNodeAtLocation(parsed.root, path);
  return node === undefined ? undefined : (getNodeValue(node) as unknown);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Ensures the array at `path` holds `entry` exactly once, in place of any older entry of ours
 * (`isOurs`), appended after the user's own entries.
 */
export function upsertListEntry(text: string, path: JSONPath, entry: unknown, isOurs: (v: unknown) => boolean): EditResult {
  const parsed = parseRoot(text);
  if (!parsed.ok) return parsed;
  const node = parsed.root ? findNodeAtLocation(parsed.root, path) : undefined;
  if (node === undefined) return { ok: true, text: edit(text, path, [entry]) };
  if (node.type !== 'array') return { ok: false, reason: `${path.join('.')} is not a list; nothing was changed` };
  const items = (node.children ?? []).map((c) => getNodeValue(c) as unknown);
  const ours = items.map((v, i) => (isOurs(v) ? i : -1)).filter((i) => i >= 0);
  if (ours.length === 1 && sameJson(items[ours[0] as number], entry)) return { ok: true, text };
  let out = text;
  if (ours.length >= 1) {
    for (const i of ours.slice(1).reverse()) out = edit(out, [...path, i], undefined);
    out = edit(out, [...path, ours[0] as number], entry);
    return { ok: true, text: out };
  }
  return { ok: true, text: edit(out, [...path, -1], entry, { insert: true }) };
}

/** Removes our entries from the list at `path`; drops the list (and emptied parents in `prune`) when nothing else is left. */
export function removeListEntries(text: string, path: JSONPath, isOurs: (v: unknown) => boolean, prune: JSONPath[] = []): EditResult {
  const parsed = parseRoot(text);
  if (!parsed.ok) return parsed;
  const node = parsed.root ? findNodeAtLocation(parsed.root, path) : undefined;
  if (node === undefined || node.type !== 'array') return { ok: true, text };
  const items = (node.children ?? []).map((c) => getNodeValue(c) as unknown);
  const ours = items.map((v, i) => (isOurs(v) ? i : -1)).filter((i) => i >= 0);
  if (ours.length === 0) return { ok: true, text };
  let out = text;
  if (ours.length === items.length) out = edit(out, path, undefined);
  else for (const i of [...ours].reverse()) out = edit(out, [...path, i], undefined);
  for (const p of prune) {
    const v = valueAt(out, p);
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) out = edit(out, p, undefined);
  }
  return { ok: true, text: out };
}

export function setValue(text: string, path: JSONPath, value: unknown): EditResult {
  const parsed = parseRoot(text);
  if (!parsed.ok) return parsed;
  return { ok: true, text: edit(text, path, value) };
}

/** True when the text is an object with no keys other than those listed (what we would have created). */
export function onlyKeys(text: string, allowed: readonly string[]): boolean {
  const parsed = parseRoot(text);
  if (!parsed.ok) return false;
  if (parsed.root === undefined) return true;
  const v = getNodeValue(parsed.root) as unknown;
  return typeof v === 'object' && v !== null && Object.keys(v).every((k) => allowed.includes(k));
}

export function commandOf(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const c = (v as Record<string, unknown>)['command'] ?? (v as Record<string, unknown>)['bash'];
  return typeof c === 'string' ? c : undefined;
}
