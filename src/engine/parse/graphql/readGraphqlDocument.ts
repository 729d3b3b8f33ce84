// Reads a GraphQL document with the real parser (only the parser module, to keep the bundle small).

import { parse } from 'graphql/language/parser';
import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql/language/ast';
import type { GraphqlField, GraphqlOperation, GraphqlReading, GraphqlValue } from './graphqlDocument';

/** Documents larger than this are not parsed (the caller reports them unverifiable). */
export const MAX_DOCUMENT_CHARS = 200_000;
const MAX_FIELDS = 5_000;

export function readGraphqlDocument(text: string, variables: Readonly<Record<string, unknown>> = {}, operationName?: string): GraphqlReading {
  if (text.length > MAX_DOCUMENT_CHARS) return { ok: false, error: `the document is longer than ${MAX_DOCUMENT_CHARS} characters` };
  let doc: DocumentNode;
  try {
    doc = parse(text, { noLocation: true, maxTokens: 50_000 });
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  const ops: OperationDefinitionNode[] = [];
  for (const def of doc.definitions) {
    if (def.kind === 'FragmentDefinition') fragments.set(def.name.value, def);
    else if (def.kind === 'OperationDefinition') ops.push(def);
  }
  // A named operation runs alone; with no name (or a name that matches nothing) every
  // operation in the document is read, which can only over-report.
  const named = operationName ? ops.filter((o) => o.name?.value === operationName) : [];
  const selected = named.length > 0 ? named : ops;
  const budget = { fields: 0 };
  const operations: GraphqlOperation[] = selected.map((op) => {
    const scope = new Map<string, GraphqlValue>();
    for (const def of op.variableDefinitions ?? []) {
      const name = def.variable.name.value;
      if (Object.prototype.hasOwnProperty.call(variables, name)) scope.set(name, fromJson(variables[name]));
      else if (def.defaultValue) scope.set(name, valueOf(def.defaultValue, new Map()));
    }
    const out: GraphqlOperation = { kind: op.operation as GraphqlOperation['kind'], fields: readSelections(op.selectionSet, scope, fragments, new Set(), budget) };
    if (op.name) out.name = op.name.value;
    return out;
  });
  return { ok: true, operations };
}

function readSelections(
  set: SelectionSetNode | undefined,
  scope: ReadonlyMap<string, GraphqlValue>,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  expanding: Set<string>,
  budget: { fields: number },
): GraphqlField[] {
  const out: GraphqlField[] = [];
  for (const sel of set?.selections ?? []) {
    if (budget.fields++ > MAX_FIELDS) break;
    if (sel.kind === 'Field') {
      const args: Record<string, GraphqlValue> = {};
      for (const a of sel.arguments ?? []) args[a.name.value] = valueOf(a.value, scope);
      const field: GraphqlField = { name: sel.name.value, args, children: readSelections(sel.selectionSet, scope, fragments, expanding, budget) };
      if (sel.alias) field.alias = sel.alias.value;
      out.push(field);
    } else if (sel.kind === 'InlineFragment') {
      out.push(...readSelections(sel.selectionSet, scope, fragments, expanding, budget));
    } else {
      const name = sel.name.value;
      const frag = fragments.get(name);
      if (!frag || expanding.has(name)) continue;
      expanding.add(name);
      out.push(...readSelections(frag.selectionSet, scope, fragments, expanding, budget));
      expanding.delete(name);
    }
  }
  return out;
}

function valueOf(node: ValueNode, scope: ReadonlyMap<string, GraphqlValue>): GraphqlValue {
  switch (node.kind) {
    case 'Variable':
      return scope.get(node.name.value) ?? { unresolved: node.name.value };
    case 'IntValue':
    case 'FloatValue':
      return Number(node.value);
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'BooleanValue':
      return node.value;
    case 'NullValue':
      return null;
    case 'ListValue':
      return node.values.map((v) => valueOf(v, scope));
    case 'ObjectValue': {
      const o: Record<string, GraphqlValue> = {};
      for (const f of node.fields) o[f.name.value] = valueOf(f.value, scope);
      return o;
    }
    default:
      return null;
  }
}

/** Request variables are untrusted JSON: keep only JSON shapes. */
export function fromJson(v: unknown, depth = 0): GraphqlValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (depth > 32) return null;
  if (Array.isArray(v)) return (v as unknown[]).map((x) => fromJson(x, depth + 1));
  if (typeof v === 'object') {
    const o: Record<string, GraphqlValue> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = fromJson(x, depth + 1);
    return o;
  }
  return null;
}
