// A GraphQL request read for what it would do: the selected operations, and their fields with
// arguments resolved through the request's variables and the operations' defaults.

/** A variable the request does not supply and that has no default. */
export interface UnresolvedVariable {
  readonly unresolved: string;
}

export type GraphqlValue = null | boolean | number | string | UnresolvedVariable | GraphqlValue[] | { [key: string]: GraphqlValue };

export interface GraphqlField {
  name: string;
  alias?: string;
  args: Record<string, GraphqlValue>;
  children: GraphqlField[];
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface GraphqlOperation {
  kind: OperationKind;
  name?: string;
  fields: GraphqlField[];
}

export type GraphqlReading = { ok: true; operations: GraphqlOperation[] } | { ok: false; error: string };

export function isUnresolved(v: GraphqlValue | undefined): v is UnresolvedVariable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { unresolved?: unknown }).unresolved === 'string' && Object.keys(v).length === 1;
}

export function isObjectValue(v: GraphqlValue | undefined): v is { [key: string]: GraphqlValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnresolved(v);
}
