// POST or PUT to an endpoint named after a destroying verb (`/delete`, `/purge`, `_delete_by_query`,
// `doDelete`, `batch-delete`): the action is in the URL; the segment before the verb is what it acts on.

import { HTTP_CLIENTS } from '../../parse/http/httpRequest';
import type { Hit, Rule } from '../rule';
import { isDestroyingSegment } from './destroyingName';
import { hostHints, mappedResourceHints } from './requestEvidence';
import { readRequest } from './requestReading';

const WRITE_METHODS = new Set(['POST', 'PUT']);

export const destroyingEndpoint: Rule = {
  id: 'http/destroying-endpoint',
  severity: 'high',
  verdict: 'confirm',
  reason: 'a request to an endpoint that destroys what it names',
  tool: 'http',
  commands: HTTP_CLIENTS,
  match(cmd, ctx) {
    const read = readRequest(cmd, ctx);
    if (!read || !WRITE_METHODS.has(read.request.method)) return undefined;
    const hits: Hit[] = [];
    for (const u of read.request.urls) {
      const last = u.segments[u.segments.length - 1];
      if (last === undefined || !isDestroyingSegment(last)) continue;
      const target = u.segments[u.segments.length - 2] ?? u.host ?? last;
      hits.push({
        target,
        reason: `${read.request.method} to /${last} destroys ${target}${u.host ? ` on ${u.host}` : ''}`,
        hints: [...hostHints([u.host]), ...mappedResourceHints([target], ctx)],
      });
    }
    return hits.length > 0 ? hits : undefined;
  },
};
