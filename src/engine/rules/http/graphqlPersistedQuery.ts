// A persisted query names a stored document by hash: the gate cannot read what it does, and
// over POST it may be a mutation.

import { HTTP_CLIENTS } from '../../parse/http/httpRequest';
import type { Hit, Rule } from '../rule';
import { hostHints } from './requestEvidence';
import { readRequest } from './requestReading';

export const graphqlPersistedQuery: Rule = {
  id: 'http/graphql-persisted-query',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'cannot verify: a persisted GraphQL query named by hash only, whose document the gate cannot read',
  safer: 'send the full document so it can be checked',
  tool: 'http',
  commands: HTTP_CLIENTS,
  match(cmd, ctx) {
    const read = readRequest(cmd, ctx);
    if (!read || read.request.method !== 'POST') return undefined;
    const hits: Hit[] = [];
    for (const p of read.graphql) {
      const id = p.payload.persistedId;
      if (p.payload.document !== undefined || id === undefined) continue;
      const target = p.payload.operationName ?? id.slice(0, 12);
      hits.push({ target, reason: `cannot verify: persisted GraphQL query ${target} is named by hash only; its document cannot be read`, hints: hostHints(read.request.urls.map((u) => u.host)) });
    }
    return hits.length > 0 ? hits : undefined;
  },
};
