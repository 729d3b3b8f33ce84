// Restoring a backup, snapshot or point in time overwrites the live data it lands on
// (`volumeInstanceBackupRestore`, `*PITRRestore`): destructive without a destroying word.

import { nameWords } from './destroyingName';
import { fieldTarget } from './fieldTarget';
import { graphqlRule } from './graphqlRule';
import type { Hit } from '../rule';

export const graphqlRestore = graphqlRule(
  {
    id: 'http/graphql-restore-over-live-data',
    severity: 'high',
    verdict: 'confirm',
    reason: 'a GraphQL restore overwrites the live data it lands on',
    safer: 'restore into a new volume or database and switch over once it is checked',
  },
  (mutations, evidence) => {
    const hits: Hit[] = [];
    for (const op of mutations) {
      for (const root of op.fields) {
        if (!nameWords(root.name).some((w) => w.startsWith('restor'))) continue;
        const found = fieldTarget(root);
        hits.push({ target: found.target, reason: `GraphQL ${root.name} overwrites the live data of ${found.target}`, hints: evidence(found) });
      }
    }
    return hits;
  },
);
