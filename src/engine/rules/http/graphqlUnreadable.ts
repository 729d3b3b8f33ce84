// A request to a GraphQL endpoint whose body cannot be read (a missing @file, a substitution, an
// unparsable document) might be any mutation: ask.

import { HTTP_CLIENTS, type HttpRequest } from '../../parse/http/httpRequest';
import type { Hit, Rule } from '../rule';
import { hostHints } from './requestEvidence';
import { isSafeMethod, readRequest } from './requestReading';

function isGraphqlEndpoint(request: HttpRequest): boolean {
  return request.urls.some((u) => u.segments.some((s) => /graphql|^gql$/i.test(s)) || /graphql/i.test(u.text));
}

export const graphqlUnreadable: Rule = {
  id: 'http/graphql-unreadable',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'cannot verify: the GraphQL request body cannot be read',
  safer: 'put the document on the command line, or in a file in the workspace',
  tool: 'http',
  commands: HTTP_CLIENTS,
  match(cmd, ctx) {
    const read = readRequest(cmd, ctx);
    if (!read || isSafeMethod(read.request.method)) return undefined;
    const hints = hostHints(read.request.urls.map((u) => u.host));
    const hits: Hit[] = [];
    for (const p of read.graphql) {
      if (p.reading && !p.reading.ok && /\bmutation\b/.test(p.payload.document ?? '')) {
        hits.push({ target: 'mutation', reason: `cannot verify: the GraphQL mutation does not parse (${p.reading.error})`, hints });
      }
    }
    if (isGraphqlEndpoint(read.request)) {
      for (const why of read.request.unreadable) hits.push({ target: targetOf(read.request), reason: `cannot verify: ${why}, so the GraphQL request cannot be read`, hints });
      const body = read.request.body;
      if (read.graphql.length === 0 && body !== undefined && /\bmutation\b/.test(body)) {
        hits.push({ target: targetOf(read.request), reason: 'cannot verify: the body mentions a mutation but is not a readable GraphQL request', hints });
      }
    }
    return hits.length > 0 ? hits : undefined;
  },
};

function targetOf(request: HttpRequest): string {
  return request.urls[0]?.host ?? 'mutation';
}
