import type { Verb } from '../verb';

export const mcpProxyVerb: Verb = {
  name: 'mcp-proxy',
  summary: 'relay an MCP server over stdio, gating destructive tools/call',
  async run(): Promise<number> {
    process.stderr.write('cli.js mcp-proxy: not available in this build\n');
    return 1;
  },
};
