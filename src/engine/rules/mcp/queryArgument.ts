// MCP tools whose arguments carry SQL (`execute_sql`, `query`) or a GraphQL mutation: judged by the
// same readers as the command line (the SQL reader of the databases pack, the GraphQL rules).

import type { Hit, ToolRule } from '../rule';
import { graphqlHits, sqlHits } from '../interpreters/embeddedQuery';
import { payloadsFromBody } from '../../parse/graphql/graphqlPayloads';
import { stringArguments, toolHints, toolTarget } from './toolArguments';

export const sqlArgument: ToolRule = {
  id: 'mcp/sql-argument',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an MCP tool runs SQL that destroys data',
  // The terminal's PGHOST or DATABASE_URL says nothing about the database an MCP server is connected to.
  tool: 'mcp',
  matchTool(call, ctx) {
    const found = toolTarget(call);
    const hints = toolHints(call, found, ctx);
    const hits: Hit[] = sqlHits(
      stringArguments(call.args).map((s) => s.value),
      `MCP tool ${call.tool}`,
    ).map((h) => ({ ...h, hints }));
    return hits.length > 0 ? hits : undefined;
  },
};

export const graphqlArgument: ToolRule = {
  id: 'mcp/graphql-argument',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an MCP tool sends a GraphQL mutation that destroys data',
  tool: 'http',
  matchTool(call, ctx) {
    const strings = stringArguments(call.args);
    const rawVariables = call.args['variables'];
    let variables: Record<string, unknown> = {};
    if (typeof rawVariables === 'object' && rawVariables !== null && !Array.isArray(rawVariables)) variables = rawVariables as Record<string, unknown>;
    else if (typeof rawVariables === 'string') variables = payloadsFromBody(`{"query":"{x}","variables":${rawVariables}}`, new Map())[0]?.variables ?? {};
    const documents = new Set<string>();
    for (const s of strings) {
      documents.add(s.value);
      // A whole request envelope passed as one string.
      for (const p of payloadsFromBody(s.value, new Map())) if (p.document !== undefined) documents.add(p.document);
    }
    const hosts = strings.map((s) => /^https?:\/\/([^/:?#]+)/i.exec(s.value)?.[1]?.toLowerCase()).filter((h): h is string => h !== undefined);
    const hits = graphqlHits([...documents], ctx, hosts, variables);
    return hits.length > 0 ? hits : undefined;
  },
};
