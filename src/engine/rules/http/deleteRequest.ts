// An HTTP DELETE removes the resource its URL names: the last path segment is what is lost.

import { HTTP_CLIENTS, type RequestUrl } from '../../parse/http/httpRequest';
import type { Hit, Rule } from '../rule';
import { hostHints, mappedResourceHints } from './requestEvidence';
import { readRequest } from './requestReading';

export const deleteRequest: Rule = {
  id: 'http/delete-request',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an HTTP DELETE request removes the resource it names',
  tool: 'http',
  commands: HTTP_CLIENTS,
  match(cmd, ctx) {
    const read = readRequest(cmd, ctx);
    if (!read || read.request.method !== 'DELETE') return undefined;
    const urls: RequestUrl[] = read.request.urls.length > 0 ? read.request.urls : [{ text: '', segments: [] }];
    const hits: Hit[] = urls.map((u) => {
      const target = u.segments[u.segments.length - 1] ?? (u.host || u.text || 'DELETE');
      return {
        target,
        reason: `HTTP DELETE removes ${target}${u.host ? ` on ${u.host}` : ''}`,
        hints: [...hostHints([u.host]), ...mappedResourceHints(u.segments.slice(-1), ctx)],
      };
    });
    return hits;
  },
};
