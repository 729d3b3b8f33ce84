// A stand-in for the editor's gate service: a registry folder with one window registration and a
// Unix socket that speaks src/protocol/messages.ts (newline-delimited JSON), answering each ask
// the way the test scripts it. Lets contract tests cover confirmed, cancelled and deny paths
// without an editor.

import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AskOutcome } from '../../../src/protocol/messages';

export interface FakeAnswer {
  answer: 'allow' | 'deny';
  outcome: AskOutcome;
  message: string;
}

export interface FakeGate {
  registryDir: string;
  requests: Record<string, unknown>[];
  setAnswer(a: FakeAnswer | ((req: Record<string, unknown>) => FakeAnswer)): void;
  close(): Promise<void>;
}

export const SECRET = 'test-secret-0123456789abcdef';

export async function startFakeGate(opts: { workspace?: string; failMode?: 'deny' | 'allow'; delayMs?: number } = {}): Promise<FakeGate> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-fake-'));
  const registryDir = path.join(base, 'windows');
  fs.mkdirSync(registryDir, { mode: 0o700 });
  const socket = path.join(base, 'g.sock');
  const requests: Record<string, unknown>[] = [];
  let answer: FakeAnswer | ((req: Record<string, unknown>) => FakeAnswer) = { answer: 'deny', outcome: 'cancelled', message: 'The user cancelled.' };
  const server = net.createServer((conn) => {
    let buf = '';
    conn.setEncoding('utf8');
    conn.on('data', (chunk: string) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl === -1) return;
      const req = JSON.parse(buf.slice(0, nl)) as Record<string, unknown>;
      buf = buf.slice(nl + 1);
      requests.push(req);
      const id = String(req['id']);
      const reply =
        req['secret'] !== SECRET
          ? { v: 1, id, ok: false, error: 'unauthorised', message: 'bad secret' }
          : (() => {
              const a = typeof answer === 'function' ? answer(req) : answer;
              return { v: 1, id, ok: true, verb: 'ask', ...a, decision: { verdict: 'confirm', findings: [], unverifiable: [], trace: [], target: 'important' } };
            })();
      setTimeout(() => conn.end(`${JSON.stringify(reply)}\n`), opts.delayMs ?? 0);
    });
    conn.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  const reg = { v: 1, pid: process.pid, socket, secret: SECRET, workspaceFolders: [opts.workspace ?? '/home/u/app'], startedAt: new Date().toISOString(), ...(opts.failMode ? { failMode: opts.failMode } : {}) };
  fs.writeFileSync(path.join(registryDir, `${process.pid}-a.json`), JSON.stringify(reg), { mode: 0o600 });
  return {
    registryDir,
    requests,
    setAnswer(a) {
      answer = a;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          fs.rmSync(base, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/** A registry folder with no windows at all: the editor is not running. */
export function emptyRegistry(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-empty-'));
  fs.chmodSync(dir, 0o700);
  return dir;
}
