// The shape shared by the GraphQL rules: each finds hits in the mutations of a request's
// documents; the same finders read GraphQL carried by MCP tool arguments.

import type { GraphqlField, GraphqlOperation } from '../../parse/graphql/graphqlDocument';
import { HTTP_CLIENTS } from '../../parse/http/httpRequest';
import type { EnvHint, Hit, Rule, RuleContext } from '../rule';
import { hostHints, mappedResourceHints } from './requestEvidence';
import { readRequest } from './requestReading';
import type { FieldTarget } from './fieldTarget';

export type MutationFinder = (mutations: readonly GraphqlOperation[], evidence: (found: FieldTarget) => EnvHint[]) => Hit[];

export type GraphqlRule = Rule & { readonly find: MutationFinder };

export function mutationsOf(operations: readonly GraphqlOperation[]): GraphqlOperation[] {
  return operations.filter((o) => o.kind === 'mutation');
}

/** Calls `visit` for every field under each root field, with its ancestors. */
export function walkNested(root: GraphqlField, visit: (field: GraphqlField, ancestors: GraphqlField[]) => void): void {
  const stack: { field: GraphqlField; ancestors: GraphqlField[] }[] = root.children.map((c) => ({ field: c, ancestors: [root] }));
  while (stack.length > 0) {
    const { field, ancestors } = stack.pop() as { field: GraphqlField; ancestors: GraphqlField[] };
    visit(field, ancestors);
    for (const c of field.children) stack.push({ field: c, ancestors: [...ancestors, field] });
  }
}

export function evidenceFor(hosts: readonly (string | undefined)[], ctx: RuleContext): (found: FieldTarget) => EnvHint[] {
  const base = hostHints(hosts);
  return (found) => [...base, ...mappedResourceHints(found.ids, ctx)];
}

export function graphqlRule(meta: Omit<Rule, 'commands' | 'match' | 'tool'>, find: MutationFinder): GraphqlRule {
  return {
    ...meta,
    tool: 'http',
    commands: HTTP_CLIENTS,
    find,
    match(cmd, ctx) {
      const read = readRequest(cmd, ctx);
      if (!read) return undefined;
      const evidence = evidenceFor(
        read.request.urls.map((u) => u.host),
        ctx,
      );
      const hits: Hit[] = [];
      for (const p of read.graphql) {
        if (p.reading?.ok) hits.push(...find(mutationsOf(p.reading.operations), evidence));
      }
      return hits.length > 0 ? hits : undefined;
    },
  };
}
