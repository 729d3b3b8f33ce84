import { destroyingStem, isImperativeField } from './destroyingName';
import { fieldTarget } from './fieldTarget';
import { graphqlRule, walkNested } from './graphqlRule';
import type { Hit } from '../rule';

export const graphqlDestroyingMutation = graphqlRule(
  {
    id: 'http/graphql-destroying-mutation',
    severity: 'critical',
    verdict: 'confirm',
    reason: 'a GraphQL mutation that destroys data',
    safer: "use the provider's CLI or dashboard, where the project and environment are shown, instead of a raw API call with an account token",
  },
  (mutations, evidence) => {
    const hits: Hit[] = [];
    for (const op of mutations) {
      for (const root of op.fields) {
        if (destroyingStem(root.name) !== undefined) {
          const found = fieldTarget(root);
          hits.push({ target: found.target, reason: `GraphQL mutation ${root.name} destroys ${found.target}`, hints: evidence(found) });
          continue;
        }
        walkNested(root, (field, ancestors) => {
          if (!isImperativeField(field.name)) return;
          const found = fieldTarget(field, ancestors);
          hits.push({ target: found.target, reason: `GraphQL mutation ${root.name} { ${field.name} } destroys ${found.target}`, hints: evidence(found) });
        });
      }
    }
    return hits;
  },
);
