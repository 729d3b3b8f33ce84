// Hasura-style `update_<table>` / `delete_<table>` whose `where` is empty or always true touch every
// row: the GraphQL twins of SQL `UPDATE`/`DELETE` without `WHERE`. (`delete_<table>` is also a
// destroying mutation by name; this rule says why it is worse.)

import { isObjectValue, isUnresolved, type GraphqlValue } from '../../parse/graphql/graphqlDocument';
import { fieldTarget } from './fieldTarget';
import { graphqlRule } from './graphqlRule';
import type { Hit } from '../rule';

const BULK = /^(update|delete)_(.+?)(_many)?$/;

export const graphqlUnfilteredBulkWrite = graphqlRule(
  {
    id: 'http/graphql-unfiltered-bulk-write',
    severity: 'high',
    verdict: 'confirm',
    reason: 'a GraphQL bulk update or delete whose where matches every row',
    safer: 'add a where clause that selects only the rows to change',
  },
  (mutations, evidence) => {
    const hits: Hit[] = [];
    for (const op of mutations) {
      for (const root of op.fields) {
        const m = BULK.exec(root.name);
        if (!m || !('where' in root.args)) continue;
        const where = root.args['where'] as GraphqlValue;
        const unknown = isUnresolved(where);
        if (!unknown && !alwaysTrue(where)) continue;
        const table = m[2] as string;
        const found = fieldTarget(root);
        const why = unknown ? `its where comes from $${(where as { unresolved: string }).unresolved}, which the request does not supply` : 'its where matches every row';
        hits.push({ target: table, reason: `GraphQL ${root.name} ${m[1] === 'delete' ? 'deletes' : 'rewrites'} every row of ${table}: ${why}`, hints: evidence(found) });
      }
    }
    return hits;
  },
);

/** `{}`, `{_and: []}`, `{_and: [{}]}`, `{col: {}}`, `{id: {_is_null: false}}`. */
function alwaysTrue(where: GraphqlValue, depth = 0): boolean {
  if (depth > 16 || !isObjectValue(where)) return false;
  const entries = Object.entries(where);
  if (entries.length === 0) return true;
  return entries.every(([k, v]) => {
    if (k === '_and') return Array.isArray(v) && v.every((x) => alwaysTrue(x, depth + 1));
    if (k === '_or') return Array.isArray(v) && v.some((x) => alwaysTrue(x, depth + 1));
    if (k.startsWith('_')) return false;
    if (!isObjectValue(v)) return false;
    const ops = Object.entries(v);
    return ops.length === 0 || ops.every(([op, x]) => (op === '_is_null' && x === false) || alwaysTrue({ [op]: x }, depth + 1));
  });
}
