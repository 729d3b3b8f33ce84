// A stand-in for the editor's gate service in shell tests: a real Unix socket speaking the
// protocol (src/protocol), deciding with the real engine, with the human's answer scripted.
// It lives only under test/: the shells reach it through DESTRUCTIVE_GATE_SOCKET/SECRET exactly
// as they reach the editor, so nothing in the product knows it exists or can be told to skip it.

import { mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { evaluate } from '../../src/engine/evaluate';
import { PROTOCOL_VERSION, type AskReply, type ErrorReply } from '../../src/protocol/messages';
import { parseRequestLine } from '../../src/protocol/validate';

export type HumanAnswer = 'confirm' | 'cancel';

export interface AskRecord {
  command: string;
  cwd: string;
  verdict: string;
  answered: HumanAnswer | 'not-gated' | 'denied';
  target?: string;
}

export class FakeGate {
  readonly socket: string;
  readonly secret = 'test-secret-' + Math.random().toString(36).slice(2);
  readonly asks: AskRecord[] = [];
  /** What the human does when a dialog is shown. */
  human: HumanAnswer = 'cancel';
  private readonly dir: string;
  private readonly server: net.Server;

  private constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'dag-gate-'));
    this.socket = path.join(this.dir, 'g.sock');
    this.server = net.createServer((conn) => this.serve(conn));
  }

  static async start(): Promise<FakeGate> {
    const g = new FakeGate();
    await new Promise<void>((resolve) => g.server.listen(g.socket, resolve));
    return g;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private serve(conn: net.Socket): void {
    let buf = '';
    conn.setEncoding('utf8');
    conn.on('data', (chunk: string) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      conn.end(JSON.stringify(this.answer(buf.slice(0, nl))) + '\n');
    });
    conn.on('error', () => undefined);
  }

  private answer(line: string): AskReply | ErrorReply {
    const checked = parseRequestLine(line);
    if (!checked.ok) return { v: PROTOCOL_VERSION, id: checked.id, ok: false, error: checked.error, message: checked.message };
    const req = checked.request;
    if (req.secret !== this.secret) return { v: PROTOCOL_VERSION, id: req.id, ok: false, error: 'unauthorised', message: 'wrong secret' };
    if (req.verb !== 'ask' || req.command === undefined) return { v: PROTOCOL_VERSION, id: req.id, ok: false, error: 'bad-request', message: 'terminal asks carry a command' };
    const decision = evaluate({ command: req.command, cwd: req.cwd, env: req.env ?? {} });
    const base = { v: PROTOCOL_VERSION as typeof PROTOCOL_VERSION, id: req.id, ok: true as const, verb: 'ask' as const, decision };
    const record: AskRecord = { command: req.command, cwd: req.cwd, verdict: decision.verdict, answered: 'not-gated', ...(decision.target ? { target: decision.target } : {}) };
    this.asks.push(record);
    if (decision.verdict === 'allow') return { ...base, answer: 'allow', outcome: 'not-gated', message: 'not gated' };
    if (decision.verdict === 'deny') {
      record.answered = 'denied';
      return { ...base, answer: 'deny', outcome: 'denied', message: 'Refused by policy.' };
    }
    record.answered = this.human;
    return this.human === 'confirm'
      ? { ...base, answer: 'allow', outcome: 'confirmed', message: 'Confirmed in the editor.' }
      : { ...base, answer: 'deny', outcome: 'cancelled', message: 'Cancelled in the editor.' };
  }
}
