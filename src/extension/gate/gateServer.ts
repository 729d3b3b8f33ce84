// The window's local channel: newline-delimited JSON on a Unix socket in a private folder
// (a named pipe on Windows). Every line gets exactly one reply line: bad requests,
// unauthorised callers, unknown verbs and internal errors are replies, never silence.

import { timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import { PROTOCOL_VERSION, type ErrorCode, type ErrorReply, type GateReply, type PingReply } from '../../protocol/messages';
import { MAX_MESSAGE_BYTES, parseRequestLine } from '../../protocol/validate';
import type { GateService } from './gateService';

const MAX_CONNECTIONS = 64;

export class GateServer {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    readonly socketPath: string,
    private readonly secret: string,
    private readonly service: GateService,
    private readonly workspaceFolders: () => string[],
    private readonly log: (m: string) => void,
  ) {}

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((c) => this.accept(c));
      server.maxConnections = MAX_CONNECTIONS;
      server.once('error', reject);
      server.listen(this.socketPath, () => {
        server.off('error', reject);
        server.on('error', (e) => this.log(`server error: ${e.message}`));
        if (process.platform !== 'win32') fs.chmodSync(this.socketPath, 0o600);
        resolve();
      });
      this.server = server;
    });
  }

  private accept(c: net.Socket): void {
    this.sockets.add(c);
    c.on('close', () => this.sockets.delete(c));
    c.on('error', () => c.destroy());
    c.setEncoding('utf8');
    let buf = '';
    let chain: Promise<void> = Promise.resolve();
    c.on('data', (chunk: string) => {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        // Requests on one connection are answered in order.
        chain = chain.then(() => this.answer(line)).then((r) => void (c.writable && c.write(JSON.stringify(r) + '\n')));
      }
      if (buf.length > MAX_MESSAGE_BYTES) {
        buf = '';
        c.end(JSON.stringify(this.error('', 'bad-request', 'request is too large')) + '\n');
      }
    });
  }

  private error(id: string, error: ErrorCode, message: string): ErrorReply {
    return { v: PROTOCOL_VERSION, id, ok: false, error, message };
  }

  private authorised(secret: string): boolean {
    const a = Buffer.from(secret);
    const b = Buffer.from(this.secret);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async answer(line: string): Promise<GateReply> {
    const checked = parseRequestLine(line.replace(/\r$/, ''));
    if (!checked.ok) return this.error(checked.id, checked.error, checked.message);
    const req = checked.request;
    if (!this.authorised(req.secret)) {
      this.log(`refused a request with a wrong secret (id ${req.id})`);
      return this.error(req.id, 'unauthorised', 'wrong or stale secret for this window');
    }
    try {
      if (req.verb === 'ping') {
        const ping: PingReply = { v: PROTOCOL_VERSION, id: req.id, ok: true, verb: 'ping', pid: process.pid, workspaceFolders: this.workspaceFolders() };
        return ping;
      }
      return await this.service.handle(req);
    } catch (e) {
      this.log(`internal error answering ${req.id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return this.error(req.id, 'internal', 'the window failed to evaluate this request');
    }
  }

  dispose(): void {
    for (const s of this.sockets) s.destroy();
    this.server?.close();
    if (process.platform !== 'win32') {
      try {
        fs.unlinkSync(this.socketPath);
      } catch {
        // Already removed.
      }
    }
  }
}
