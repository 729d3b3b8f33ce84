// What a command-line HTTP request carries, as the http rules read it: the request itself and
// every GraphQL payload in its body, each parsed once per command.

import type { SimpleCommand } from '../../model/command';
import type { GraphqlReading } from '../../parse/graphql/graphqlDocument';
import { payloadsFromBody, type GraphqlPayload } from '../../parse/graphql/graphqlPayloads';
import { readGraphqlDocument } from '../../parse/graphql/readGraphqlDocument';
import type { HttpRequest } from '../../parse/http/httpRequest';
import { readHttpRequest } from '../../parse/http/readHttpRequest';
import type { RuleContext } from '../rule';

export interface ReadPayload {
  payload: GraphqlPayload;
  /** Absent for persisted queries (no document). */
  reading?: GraphqlReading;
}

export interface RequestReading {
  request: HttpRequest;
  graphql: ReadPayload[];
}

const readings = new WeakMap<SimpleCommand, RequestReading | null>();

/** Methods that cannot carry a mutation or a deletion (GraphQL over GET is read-only by the spec). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT']);

export function readRequest(cmd: SimpleCommand, ctx: RuleContext): RequestReading | undefined {
  const cached = readings.get(cmd);
  if (cached !== undefined) return cached ?? undefined;
  const request = readHttpRequest(cmd, { cwd: ctx.cwd, home: ctx.home, readFile: ctx.input.readFile });
  let result: RequestReading | undefined;
  if (request && !request.offline) {
    const graphql = SAFE_METHODS.has(request.method) ? [] : readPayloads(payloadsFromBody(request.body, request.form));
    result = { request, graphql };
  }
  readings.set(cmd, result ?? null);
  return result;
}

export function readPayloads(payloads: readonly GraphqlPayload[]): ReadPayload[] {
  return payloads.map((payload) =>
    payload.document === undefined ? { payload } : { payload, reading: readGraphqlDocument(payload.document, payload.variables, payload.operationName) },
  );
}

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}
