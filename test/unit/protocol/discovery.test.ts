import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endpointFromEnv, listWindows, rankWindows, writeRegistration } from '../../../src/protocol/discovery';

let dir: string;
beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dag-reg-')), 'windows');
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

const secret = 's'.repeat(43);

describe('window registry', () => {
  it('writes private files in a private folder', () => {
    const file = writeRegistration({ pid: process.pid, socket: '/tmp/x.sock', secret, workspaceFolders: ['/w'], startedAt: new Date().toISOString() }, dir);
    if (process.platform !== 'win32') {
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(listWindows(dir).map((w) => w.file)).toEqual([file]);
  });
  it('removes entries whose pid is dead', () => {
    const file = writeRegistration({ pid: deadPid(), socket: '/tmp/x.sock', secret, workspaceFolders: ['/w'], startedAt: new Date().toISOString() }, dir);
    expect(listWindows(dir)).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });
  it.skipIf(process.platform === 'win32')('ignores files others could have written', () => {
    const file = writeRegistration({ pid: process.pid, socket: '/tmp/x.sock', secret, workspaceFolders: ['/w'], startedAt: new Date().toISOString() }, dir);
    fs.chmodSync(file, 0o644);
    expect(listWindows(dir)).toEqual([]);
  });
  it('ignores garbage files', () => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(dir, 'x.json'), '{"v":1}', { mode: 0o600 });
    expect(listWindows(dir)).toEqual([]);
  });
});

describe('picking a window', () => {
  const mk = (folders: string[], startedAt: string) => ({ file: folders.join(), registration: { v: 1 as const, pid: 1, socket: folders.join(), secret, workspaceFolders: folders, startedAt } });
  it('prefers the longest workspace folder containing the cwd', () => {
    const a = mk(['/home/u/projects'], '2024-01-02');
    const b = mk(['/home/u/projects/api'], '2024-01-01');
    const c = mk(['/srv'], '2024-01-03');
    const ranked = rankWindows([a, b, c], { cwd: '/home/u/projects/api/src' });
    expect(ranked.map((r) => r.window)).toEqual([b, a, c]);
    expect(ranked[2]?.score).toBe(0);
  });
  it('does not confuse a sibling folder with the same prefix', () => {
    const a = mk(['/home/u/api'], '2024-01-01');
    const b = mk(['/other'], '2024-01-02');
    expect(rankWindows([a, b], { cwd: '/home/u/api-old' })[0]?.window).toBe(b);
  });
  it('uses workspace roots given by an agent', () => {
    const a = mk(['/w/a'], '2024-01-02');
    const b = mk(['/w/b'], '2024-01-01');
    expect(rankWindows([a, b], { cwd: '/', workspaceRoots: ['/w/b'] })[0]?.window).toBe(b);
  });
  it('reads the endpoint from terminal variables only when both are set', () => {
    expect(endpointFromEnv({ DESTRUCTIVE_GATE_SOCKET: '/s', DESTRUCTIVE_GATE_SECRET: 'x' })).toEqual({ socket: '/s', secret: 'x' });
    expect(endpointFromEnv({ DESTRUCTIVE_GATE_SOCKET: '/s' })).toBeUndefined();
  });
});
