// The typed target of a GraphQL action: the value of its id-like argument, preferring the id
// of the thing the field names (`volumeDelete(volumeId:)`, `volumeInstanceBackupDelete(input:{backupId})`),
// then `id`, then `name`, then other ids, and scope ids (project, environment) last.

import { isObjectValue, isUnresolved, type GraphqlField, type GraphqlValue } from '../../parse/graphql/graphqlDocument';
import { nounWords } from './destroyingName';

const SCOPE_IDS = new Set(['projectid', 'environmentid', 'workspaceid', 'teamid', 'organizationid', 'orgid', 'accountid']);

export interface FieldTarget {
  target: string;
  /** Every id-like value seen, for the user's resource mapping. */
  ids: string[];
}

export function fieldTarget(field: GraphqlField, ancestors: readonly GraphqlField[] = []): FieldTarget {
  const scopes: Record<string, GraphqlValue>[] = [field.args];
  const input = field.args['input'];
  if (isObjectValue(input)) scopes.push(input);
  for (const a of [...ancestors].reverse()) {
    scopes.push(a.args);
    const ai = a.args['input'];
    if (isObjectValue(ai)) scopes.push(ai);
  }
  const ids = scopes.flatMap((s) => Object.entries(s).filter(([k]) => isIdKey(k)).flatMap(([, v]) => scalars(v)));

  const noun = nounWords(field.name);
  const nounKeys = new Set<string>();
  for (let i = 0; i < noun.length; i++) {
    const n = noun.slice(i).join('');
    // `volumeId`, `volume_name`, or the noun itself (`domain: "app.example.com"`, `table: "users"`).
    for (const k of [`${n}id`, `${n}ids`, `${n}name`, n]) nounKeys.add(k);
  }
  const ranks: ((key: string) => boolean)[] = [
    (k) => nounKeys.has(norm(k)),
    (k) => norm(k) === 'id' || norm(k) === 'ids',
    (k) => norm(k) === 'name' || norm(k) === 'key',
    (k) => isIdKey(k) && !SCOPE_IDS.has(norm(k)),
    (k) => SCOPE_IDS.has(norm(k)),
  ];
  for (const rank of ranks) {
    for (const scope of scopes) {
      for (const [k, v] of Object.entries(scope)) {
        if (!rank(k)) continue;
        const t = display(v, k);
        if (t !== undefined) return { target: t, ids };
      }
    }
  }
  const hasura = /^(?:delete|update)_(.+?)(?:_by_pk|_many)?$/.exec(field.name);
  return { target: hasura?.[1] ?? field.name, ids };
}

function norm(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

function isIdKey(key: string): boolean {
  const n = norm(key);
  return n === 'id' || n === 'ids' || n === 'name' || /[a-z]ids?$/.test(n) && /(Ids?|_ids?)$/.test(key);
}

function scalars(v: GraphqlValue): string[] {
  if (typeof v === 'string' || typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap(scalars);
  return [];
}

function display(v: GraphqlValue, key: string): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  if (isUnresolved(v)) return `$${v.unresolved}`;
  if (Array.isArray(v)) {
    const s = v.flatMap(scalars);
    if (s.length === 1) return s[0];
    if (s.length > 1) return `${s.length} ${key}`;
  }
  return undefined;
}
