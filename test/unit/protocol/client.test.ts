import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askGate } from '../../../src/protocol/client';
import { newSocketPath, writeRegistration } from '../../../src/protocol/discovery';

let tmp: string;
let servers: net.Server[];
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-client-'));
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const decision = { verdict: 'confirm', findings: [], target: 'important', unverifiable: [], trace: [] };

/** A fake window that answers every ask with `answer`, and records what it received. */
async function fakeWindow(secret: string, answer: 'allow' | 'deny' | 'silent', seen: unknown[] = []): Promise<string> {
  const socket = newSocketPath({});
  const server = net.createServer((c) => {
    let buf = '';
    c.on('data', (d) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const req = JSON.parse(buf.slice(0, nl)) as { id: string; secret: string };
      seen.push(req);
      if (answer === 'silent') return;
      if (req.secret !== secret) c.write(JSON.stringify({ v: 1, id: req.id, ok: false, error: 'unauthorised', message: 'no' }) + '\n');
      else c.write(JSON.stringify({ v: 1, id: req.id, ok: true, verb: 'ask', answer, outcome: answer === 'allow' ? 'confirmed' : 'cancelled', message: 'm', decision }) + '\n');
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(socket, r));
  return socket;
}

const question = { source: { kind: 'agent-hook' as const, agent: 'claude-code' as const }, command: 'rm -rf important', cwd: '/w/a/src', env: { HOME: '/h', DESTRUCTIVE_GATE_SECRET: 'leak' } };
const secret = 'k'.repeat(43);

describe('askGate', () => {
  it('asks the window registered for the cwd and returns its validated reply', async () => {
    const dir = path.join(tmp, 'reg');
    const seen: unknown[] = [];
    const socket = await fakeWindow(secret, 'allow', seen);
    writeRegistration({ pid: process.pid, socket, secret, workspaceFolders: ['/w/a'], startedAt: new Date().toISOString() }, dir);
    const r = await askGate(question, { timeoutMs: 5000, registryDir: dir, endpointEnv: {} });
    expect(r).toMatchObject({ kind: 'reply', reply: { answer: 'allow', outcome: 'confirmed' } });
    expect(JSON.stringify(seen)).not.toContain('leak');
  });
  it('is unreachable with fail mode deny when no window runs', async () => {
    const r = await askGate(question, { timeoutMs: 2000, registryDir: path.join(tmp, 'none'), endpointEnv: {} });
    expect(r).toMatchObject({ kind: 'unreachable', failMode: 'deny' });
  });
  it('falls back to the registry when the terminal endpoint is stale', async () => {
    const dir = path.join(tmp, 'reg');
    const socket = await fakeWindow(secret, 'deny');
    writeRegistration({ pid: process.pid, socket, secret, workspaceFolders: ['/w/a'], startedAt: new Date().toISOString() }, dir);
    const r = await askGate(question, { timeoutMs: 5000, registryDir: dir, endpointEnv: { DESTRUCTIVE_GATE_SOCKET: path.join(tmp, 'gone.sock'), DESTRUCTIVE_GATE_SECRET: 'old' } });
    expect(r).toMatchObject({ kind: 'reply', reply: { answer: 'deny' } });
  });
  it('times out a silent window without trying another', async () => {
    const dir = path.join(tmp, 'reg');
    const silent = await fakeWindow(secret, 'silent');
    writeRegistration({ pid: process.pid, socket: silent, secret, workspaceFolders: ['/w/a'], startedAt: new Date().toISOString(), failMode: 'deny' }, dir);
    const r = await askGate(question, { timeoutMs: 300, registryDir: dir, endpointEnv: {} });
    expect(r).toMatchObject({ kind: 'unreachable', failMode: 'deny' });
  });
});

describe('socket paths', () => {
  it('never longer than a Unix socket path can be, even under a deep runtime folder', () => {
    const deep = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dag-deep-')), 'a'.repeat(60), 'b'.repeat(40));
    fs.mkdirSync(deep, { recursive: true });
    const p = newSocketPath({ XDG_RUNTIME_DIR: deep });
    expect(Buffer.byteLength(p)).toBeLessThanOrEqual(103);
    expect(p.endsWith('.sock')).toBe(true);
  });
});
