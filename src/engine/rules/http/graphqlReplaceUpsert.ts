// `variableCollectionUpsert(input: {..., replace: true})` deletes every variable not in the input:
// an upsert that replaces is a delete of everything else.

import { isObjectValue } from '../../parse/graphql/graphqlDocument';
import { fieldTarget } from './fieldTarget';
import { graphqlRule } from './graphqlRule';
import type { Hit } from '../rule';

export const graphqlReplaceUpsert = graphqlRule(
  {
    id: 'http/graphql-replace-upsert',
    severity: 'high',
    verdict: 'confirm',
    reason: 'a GraphQL upsert with replace: true deletes everything not in its input',
    safer: 'upsert without replace: true, and delete what must go by name',
  },
  (mutations, evidence) => {
    const hits: Hit[] = [];
    for (const op of mutations) {
      for (const root of op.fields) {
        const input = root.args['input'];
        if (root.args['replace'] !== true && !(isObjectValue(input) && input['replace'] === true)) continue;
        const found = fieldTarget(root);
        const scope = ['serviceId', 'environmentId', 'projectId'].map((k) => (isObjectValue(input) ? input[k] : undefined) ?? root.args[k]).find((v) => typeof v === 'string');
        const target = typeof scope === 'string' ? scope : found.target;
        hits.push({ target, reason: `GraphQL ${root.name} with replace: true deletes every entry of ${target} not in the input`, hints: evidence(found) });
      }
    }
    return hits;
  },
);
