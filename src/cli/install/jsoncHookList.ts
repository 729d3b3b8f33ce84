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

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The whitespace that starts the line `offset` is on, when only whitespace precedes it there. */
function lineIndent(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

// Edits to existing lists are made by hand on exact text ranges: jsonc-parser's `modify`
// re-formats the whole array when adding or removing an element, which would rewrite the
// user's own entries and stop a removal from restoring their file byte for byte.

function appendElement(text: string, list: Node, entry: unknown): string {
  const children = list.children ?? [];
  const last = children[children.length - 1];
  if (last === undefined) return edit(text, [...pathOf(list)], [entry]);
  const end = last.offset + last.length;
  const indent = lineIndent(text, last.offset);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sep = indent !== undefined ? `,${eol}${indent}` : ', ';
  const body = indent !== undefined ? JSON.stringify(entry, null, indentUnit(text)).split('\n').join(eol + indent) : JSON.stringify(entry);
  return splice(text, end, end, `${sep}${body}`);
}

function removeElement(text: string, list: Node, index: number): string {
  const children = list.children ?? [];
  const node = children[index];
  if (node === undefined) return text;
  const prev = children[index - 1];
  const next = children[index + 1];
  if (prev !== undefined) return splice(text, prev.offset + prev.length, node.offset + node.length, '');
  if (next !== undefined) return splice(text, node.offset, next.offset, '');
  return splice(text, node.offset, node.offset + node.length, '');
}

function pathOf(node: Node): JSONPath {
  const out: JSONPath = [];
  let n: Node | undefined = node;
  while (n?.parent !== undefined) {
    const parent: Node = n.parent;
    if (parent.type === 'property') {
      const key = parent.children?.[0]?.value;
      if (typeof key === 'string') out.unshift(key);
      n = parent.parent;
    } else if (parent.type === 'array') {
      out.unshift((parent.children ?? []).indexOf(n));
      n = parent;
    } else {
      n = parent;
    }
  }
  return out;
}

function indentUnit(text: string): string {
  const f = formattingFor(text);
  return f.insertSpaces ? ' '.repeat(f.tabSize ?? 2) : '\t';
}

/**
 * Sets `path` to `value` where the property does not exist yet, adding one property to the
 * deepest existing object on the path, after its last property and in its indentation.
 */
function insertProperty(text: string, path: JSONPath, value: unknown): string {
  const parsed = parseRoot(text);
  if (!parsed.ok || parsed.root === undefined) return edit(text, path, value);
  let depth = path.length - 1;
  let parent: Node | undefined;
  for (; depth >= 0; depth--) {
    parent = depth === 0 ? parsed.root : findNodeAtLocation(parsed.root, path.slice(0, depth));
    if (parent !== undefined) break;
  }
  const last = parent?.type === 'object' ? parent.children?.[(parent.children?.length ?? 0) - 1] : undefined;
  if (parent === undefined || last === undefined) return edit(text, path, value);
  let nested: unknown = value;
  for (let i = path.length - 1; i > depth; i--) nested = { [String(path[i])]: nested };
  const indent = lineIndent(text, last.offset);
  const end = last.offset + last.length;
  const key = JSON.stringify(String(path[depth]));
  // An object written on one line gets the new property on that line too.
  if (indent === undefined) return splice(text, end, end, `, ${key}: ${JSON.stringify(nested)}`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = JSON.stringify(nested, null, indentUnit(text)).split('\n').join(eol + indent);
  return splice(text, end, end, `,${eol}${indent}${key}: ${body}`);
}

/** Removes the property at `path`, touching only its own text. */
function removeProperty(text: string, path: JSONPath): string {
  const parsed = parseRoot(text);
  if (!parsed.ok || parsed.root === undefined) return text;
  const valueNode = findNodeAtLocation(parsed.root, path);
  const prop = valueNode?.parent;
  const obj = prop?.parent;
  if (prop === undefined || obj === undefined || prop.type !== 'property') return text;
  return removeElement(text, obj, (obj.children ?? []).indexOf(prop));
}

function listAt(text: string, path: JSONPath): Node | undefined {
  const parsed = parseRoot(text);
  if (!parsed.ok || parsed.root === undefined) return undefined;
  return findNodeAtLocation(parsed.root, path);
}

/**
 * Ensures the array at `path` holds `entry` exactly once, in place of any older entry of ours
 * (`isOurs`), appended after the user's own entries.
 */
export function upsertListEntry(text: string, path: JSONPath, entry: unknown, isOurs: (v: unknown) => boolean): EditResult {
  const parsed = parseRoot(text);
  if (!parsed.ok) return parsed;
  const node = parsed.root ? findNodeAtLocation(parsed.root, path) : undefined;
  if (node === undefined) return { ok: true, text: insertProperty(text, path, [entry]) };
  if (node.type !== 'array') return { ok: false, reason: `${path.join('.')} is not a list; nothing was changed` };
  const items = (node.children ?? []).map((c) => getNodeValue(c) as unknown);
  const ours = items.map((v, i) => (isOurs(v) ? i : -1)).filter((i) => i >= 0);
  if (ours.length === 1 && sameJson(items[ours[0] as number], entry)) return { ok: true, text };
  let out = text;
  if (ours.length >= 1) {
    for (const i of ours.slice(1).reverse()) out = removeElement(out, listAt(out, path) as Node, i);
    const first = (listAt(out, path) as Node).children?.[ours[0] as number] as Node;
    const indent = lineIndent(out, first.offset);
    const eol = out.includes('\r\n') ? '\r\n' : '\n';
    const body = indent !== undefined ? JSON.stringify(entry, null, indentUnit(out)).split('\n').join(eol + indent) : JSON.stringify(entry);
    return { ok: true, text: splice(out, first.offset, first.offset + first.length, body) };
  }
  return { ok: true, text: appendElement(out, node, entry) };
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
  if (ours.length === items.length) out = removeProperty(out, path);
  else for (const i of [...ours].reverse()) out = removeElement(out, listAt(out, path) as Node, i);
  for (const p of prune) {
    const v = valueAt(out, p);
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) out = removeProperty(out, p);
  }
  return { ok: true, text: out };
}

export function setValue(text: string, path: JSONPath, value: unknown): EditResult {
  const parsed = parseRoot(text);
  if (!parsed.ok) return parsed;
  const node = parsed.root ? findNodeAtLocation(parsed.root, path) : undefined;
  if (node === undefined) return { ok: true, text: insertProperty(text, path, value) };
  // Replace just the value's text, in the layout it had (one line stays one line).
  const old = text.slice(node.offset, node.offset + node.length);
  const indent = lineIndent(text, node.parent?.offset ?? node.offset);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = old.includes('\n') && indent !== undefined ? JSON.stringify(value, null, indentUnit(text)).split('\n').join(eol + indent) : JSON.stringify(value);
  return { ok: true, text: splice(text, node.offset, node.offset + node.length, body) };
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

/** Removes a property, touching only its own text. */
export function removeValue(text: string, path: JSONPath): EditResult {
  const parsed = parseRoot(text);
  if (!parsed.ok) return parsed;
  return { ok: true, text: removeProperty(text, path) };
}
