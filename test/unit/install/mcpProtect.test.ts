import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, readText } from '../../../src/cli/install/filePlan';
import { launcherPaths } from '../../../src/cli/install/launcher';
import { listMcpServers, mcpConfigFiles, planProtect, planUnprotect } from '../../../src/cli/install/mcpProtect';

let home: string;
const CURSOR_MCP = `{
  // servers
  "mcpServers": {
    "railway": { "command": "railway", "args": ["mcp"], "env": { "X": "1" } },
    "bare": { "command": "my-server" },
    "remote": { "url": "https://mcp.example.com/mcp" }
  }
}
`;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-mcp-home-'));
  fs.mkdirSync(path.join(home, '.cursor'));
  fs.writeFileSync(path.join(home, '.cursor/mcp.json'), CURSOR_MCP);
  fs.mkdirSync(path.join(home, 'User'));
  fs.writeFileSync(path.join(home, 'User/mcp.json'), '{"servers":{"pg":{"type":"stdio","command":"npx","args":["-y","@modelcontextprotocol/server-postgres","postgres://db.prod.internal/app"]}}}');
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

const files = () => mcpConfigFiles(home, path.join(home, 'User'));
const find = (name: string) => listMcpServers(files(), readText).find((s) => s.name === name);

describe('Protect an MCP server', () => {
  it('lists stdio and remote servers of Cursor and VS Code', () => {
    expect(listMcpServers(files(), readText).map((s) => [s.file.client, s.name, s.command, s.url, s.protected])).toEqual([
      ['Cursor', 'railway', ['railway', 'mcp'], undefined, false],
      ['Cursor', 'bare', ['my-server'], undefined, false],
      ['Cursor', 'remote', undefined, 'https://mcp.example.com/mcp', false],
      ['VS Code', 'pg', ['npx', '-y', '@modelcontextprotocol/server-postgres', 'postgres://db.prod.internal/app'], undefined, false],
    ]);
  });

  it('routes a server through mcp-proxy, keeping its env and the file\'s comments; undo restores the file exactly', () => {
    applyPlan(planProtect(home, find('railway')!, readText, 'linux'), path.join(home, 'b'));
    const text = readText(path.join(home, '.cursor/mcp.json')) as string;
    expect(text).toContain('// servers');
    expect((parse(text) as { mcpServers: Record<string, unknown> }).mcpServers['railway']).toEqual({ command: launcherPaths(home, 'linux').script, args: ['mcp-proxy', '--name', 'railway', '--', 'railway', 'mcp'], env: { X: '1' } });
    const entry = find('railway')!;
    expect([entry.protected, entry.command]).toEqual([true, ['railway', 'mcp']]);
    expect(planProtect(home, entry, readText, 'linux').changes).toEqual([]);
    applyPlan(planUnprotect(entry, readText), path.join(home, 'b'));
    expect(readText(path.join(home, '.cursor/mcp.json'))).toBe(CURSOR_MCP);
  });

  it('restores an entry that had no args without adding any', () => {
    applyPlan(planProtect(home, find('bare')!, readText, 'linux'), path.join(home, 'b'));
    applyPlan(planUnprotect(find('bare')!, readText), path.join(home, 'b'));
    expect(readText(path.join(home, '.cursor/mcp.json'))).toBe(CURSOR_MCP);
  });

  it('explains that a remote server is gated by the hooks, not the proxy', () => {
    const plan = planProtect(home, find('remote')!, readText, 'linux');
    expect([plan.changes.length, plan.problems.length]).toEqual([0, 1]);
  });

  it('protects a VS Code server under `servers`', () => {
    applyPlan(planProtect(home, find('pg')!, readText, 'linux'), path.join(home, 'b'));
    expect(parse(readText(path.join(home, 'User/mcp.json')) as string)).toEqual({ servers: { pg: { type: 'stdio', command: launcherPaths(home, 'linux').script, args: ['mcp-proxy', '--name', 'pg', '--', 'npx', '-y', '@modelcontextprotocol/server-postgres', 'postgres://db.prod.internal/app'] } } });
  });
});
