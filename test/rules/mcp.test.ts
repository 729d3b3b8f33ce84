// MCP tool calls go through evaluate() as the `mcp` agent's JSON-RPC `tools/call`, as the proxy sends them.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import type { EngineInput } from '../../src/engine/model/input';
import { mcpCases, type McpCall } from './mcp.cases';
import { TEST_CWD, TEST_HOME } from './ruleTable';

function inputFor(c: McpCall): EngineInput {
  const payload: Record<string, unknown> = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: c.name, arguments: c.arguments } };
  if (c.server !== undefined) payload['server'] = { name: c.server };
  return { tool: { agent: 'mcp', payload }, cwd: TEST_CWD, env: { HOME: TEST_HOME, RAILWAY_ENVIRONMENT: 'staging' } };
}

const label = (c: McpCall): string => `${c.server ? `${c.server}.` : ''}${c.name} ${JSON.stringify(c.arguments)}`;

for (const table of mcpCases) {
  describe(table.rule, () => {
    for (const c of table.gate) {
      it(`gates: ${label(c)}`, () => {
        const d = evaluate(inputFor(c));
        const f = d.findings.find((x) => x.rule === table.rule);
        expect(f, `no ${table.rule} finding; got ${JSON.stringify(d.findings.map((x) => x.rule))}`).toBeDefined();
        expect(f?.verdict).toBe(c.verdict ?? 'confirm');
        if (c.target !== undefined) expect(f?.target).toBe(c.target);
        if (c.environment !== undefined) expect(f?.environment.name).toBe(c.environment);
        if (c.preAnswered !== undefined) expect(f?.preAnswered).toEqual(c.preAnswered);
      });
    }
    for (const c of table.allow) {
      it(`allows: ${label(c)}`, () => {
        const d = evaluate(inputFor(c));
        expect(d.findings.map((x) => x.rule)).toEqual([]);
        expect(d.verdict).toBe('allow');
      });
    }
  });
}
