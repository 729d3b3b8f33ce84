// dist/cli.js mcp-proxy in front of a small fake MCP server written here: allowed traffic is
// relayed byte for byte both ways, ids are preserved, and a refused call never reaches the server.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGate, type FakeGate } from './helpers/fakeGate';
import { CLI } from './helpers/runCli';

const FAKE_SERVER = `
const fs = require('node:fs');
const log = process.argv[2];
process.stdout.write('{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"h\\u00e9llo"}}\\n');
let buf = '';
process.stdin.on('data', (d) => {
  fs.appendFileSync(log, d);
  buf += d.toString('utf8');
  let nl;
  while ((nl = buf.indexOf('\\n')) !== -1) {
    const line = buf.slice(0, nl); buf = buf.slice(nl + 1);
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    if (m.id !== undefined && m.method) process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: m.id, result: { echo: m.method, name: m.params && m.params.name } }) + '\\n');
  }
});
process.stdin.on('end', () => process.exit(0));
`;

let dir: string;
let gate: FakeGate;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-mcp-'));
  fs.writeFileSync(path.join(dir, 'server.js'), FAKE_SERVER);
  gate = await startFakeGate({ workspace: dir });
});

afterAll(async () => {
  await gate.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function runProxy(input: string): Promise<{ stdout: string; code: number | null; serverSaw: string }> {
  const log = path.join(dir, `log-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(log, '');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'mcp-proxy', '--', process.execPath, path.join(dir, 'server.js'), log], {
      cwd: dir,
      env: { PATH: process.env['PATH'], HOME: dir, DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('close', (code) => resolve({ stdout, code, serverSaw: fs.readFileSync(log, 'utf8') }));
    child.stdin.end(input);
  });
}

const REMOVE = '{"jsonrpc":"2.0","id":"rm-1","method":"tools/call","params":{"name":"remove_volume","arguments":{"volume_id":"vol_3f9a","confirm":true}}}\n';

function engineGates(line: string): boolean {
  const r = spawnSync(process.execPath, [CLI, 'evaluate', '--jsonl'], { input: `${JSON.stringify({ tool: { agent: 'mcp', payload: { ...(JSON.parse(line) as object), server: { command: ['railway', 'mcp'] } } }, cwd: '/home/u' })}\n`, encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { verdict: string }).verdict !== 'allow';
}

describe('mcp-proxy (built cli, fake server)', () => {
  it('relays allowed traffic byte for byte in both directions and preserves ids', async () => {
    const input = [
      '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{"elicitation":{}},"clientInfo":{"name":"t","version":"1"}}}\n',
      '{"jsonrpc":"2.0","method":"notifications/initialized"}\n',
      '{"jsonrpc":"2.0",  "id":"abc","method":"tools/list"}\n',
      '{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"name":"list_projects","arguments":{"q":"caf\\u00e9"}}}\n',
    ].join('');
    const r = await runProxy(input);
    expect(r.code).toBe(0);
    expect(r.serverSaw).toBe(input);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)).toEqual([
      { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'héllo' } },
      { jsonrpc: '2.0', id: 0, result: { echo: 'initialize' } },
      { jsonrpc: '2.0', id: 'abc', result: { echo: 'tools/list' } },
      { jsonrpc: '2.0', id: 42, result: { echo: 'tools/call', name: 'list_projects' } },
    ]);
    expect(r.stdout.startsWith('{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"héllo"}}\n')).toBe(true);
  });

  it.runIf(fs.existsSync(CLI) && engineGates(REMOVE))('answers a refused call itself; the server never receives it', async () => {
    gate.setAnswer({ answer: 'deny', outcome: 'cancelled', message: 'The user cancelled.' });
    const ping = '{"jsonrpc":"2.0","id":1,"method":"ping"}\n';
    const r = await runProxy(REMOVE + ping);
    expect(r.serverSaw).toBe(ping);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id?: unknown; result?: { isError?: boolean } });
    expect(lines.find((l) => l.id === 'rm-1')?.result?.isError).toBe(true);
    expect(lines.find((l) => l.id === 1)).toEqual({ jsonrpc: '2.0', id: 1, result: { echo: 'ping' } });
  });
});
