// The stdio MCP proxy: relays newline-delimited JSON-RPC between an MCP client and the real
// server, byte for byte. Only client→server `tools/call` requests are judged; a gated call is held
// (other traffic keeps flowing) while the human is asked, then forwarded unchanged or answered by
// the proxy with a tool error result. Ids, notifications, server→client requests and cancellation
// pass through untouched; a call cancelled while held is dropped without a reply, as MCP expects.

import type { Readable, Writable } from 'node:stream';
import type { Decision } from '../../engine/model/decision';
import type { ToolCallInput } from '../../engine/model/input';
import { declinedMessage, refusedByPolicyMessage, unreachableMessage } from '../hooks/hookMessages';
import type { AskBody, FailMode, GateAnswer } from '../hooks/runHook';
import { LineFramer } from './lineFramer';
import { isJsonRpcId, parseErrorReply, toolErrorResult, type JsonRpcId } from './toolErrorResult';

export const MAX_CLIENT_LINE_BYTES = 64 * 1024 * 1024;

export interface McpProxyOptions {
  clientIn: Readable;
  clientOut: Writable;
  serverIn: Writable;
  serverOut: Readable;
  /** How the real server is started, for rules and the dialog. */
  serverCommand: readonly string[];
  serverLabel: string;
  judge: (tool: ToolCallInput) => Decision;
  ask: (body: AskBody) => Promise<GateAnswer>;
  cwd: string;
  env: Record<string, string>;
  failMode?: FailMode;
  log?: (line: string) => void;
}

type Record_ = Readonly<Record<string, unknown>>;

function isRecord(v: unknown): v is Record_ {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function idKey(id: JsonRpcId): string {
  return typeof id === 'string' ? `s:${id}` : `n:${String(id)}`;
}

export class McpProxy {
  private readonly framer = new LineFramer(MAX_CLIENT_LINE_BYTES);
  private readonly held = new Map<string, { cancelled: boolean }>();
  private inFlight = 0;
  private clientEnded = false;
  private serverMidLine = false;
  private readonly queuedReplies: string[] = [];
  private serverInEnded = false;

  constructor(private readonly o: McpProxyOptions) {}

  start(): void {
    this.o.clientIn.on('data', (chunk: Buffer) => this.onClientChunk(chunk));
    this.o.clientIn.on('end', () => {
      const rest = this.framer.rest();
      if (rest !== undefined) this.onClientLine(rest);
      this.clientEnded = true;
      this.maybeEndServerInput();
    });
    this.o.serverOut.on('data', (chunk: Buffer) => {
      if (chunk.length === 0) return;
      this.o.clientOut.write(chunk);
      this.serverMidLine = chunk[chunk.length - 1] !== 10;
      if (!this.serverMidLine) this.flushReplies();
    });
    this.o.serverOut.on('end', () => {
      this.serverMidLine = false;
      this.flushReplies();
    });
  }

  private log(line: string): void {
    this.o.log?.(line);
  }

  private onClientChunk(chunk: Buffer): void {
    const { lines, overflow } = this.framer.push(chunk);
    // Consecutive lines that need no judgement go out in one write.
    let run: Buffer[] = [];
    const flushRun = () => {
      if (run.length === 0) return;
      this.toServer(run.length === 1 ? (run[0] as Buffer) : Buffer.concat(run));
      run = [];
    };
    for (const line of lines) {
      if (this.needsJudgement(line)) {
        flushRun();
        this.onClientLine(line);
      } else {
        run.push(line);
      }
    }
    flushRun();
    if (overflow) this.reply(parseErrorReply(`message larger than ${MAX_CLIENT_LINE_BYTES} bytes refused by the gate proxy`));
  }

  /** Every client line is parsed except blank ones: a `tools/call` can hide behind JSON escapes, so no text prefilter is trusted. */
  private needsJudgement(line: Buffer): boolean {
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c !== 10 && c !== 13 && c !== 32 && c !== 9) return true;
    }
    return false;
  }

  private onClientLine(line: Buffer): void {
    let msg: unknown;
    try {
      msg = JSON.parse(line.toString('utf8'));
    } catch {
      // Not JSON: a strict server rejects it anyway; a lenient one must not get a chance to run it.
      this.log('refused a line that is not JSON');
      this.reply(parseErrorReply('the gate proxy refused a message that is not valid JSON'));
      return;
    }
    if (Array.isArray(msg)) {
      this.onBatch(line, msg as unknown[]);
      return;
    }
    if (!isRecord(msg)) {
      this.toServer(line);
      return;
    }
    if (msg['method'] === 'notifications/cancelled' && isRecord(msg['params'])) {
      const rid = msg['params']['requestId'];
      if (isJsonRpcId(rid)) {
        const h = this.held.get(idKey(rid));
        if (h) h.cancelled = true;
      }
      this.toServer(line);
      return;
    }
    if (msg['method'] !== 'tools/call') {
      this.toServer(line);
      return;
    }
    const decision = this.judge(msg);
    if (decision.verdict === 'allow') {
      this.toServer(line);
      return;
    }
    this.hold(line, msg, decision);
  }

  private judge(msg: Record_): Decision {
    return this.o.judge(this.toolInput(msg));
  }

  private toolInput(msg: Record_): ToolCallInput {
    return { agent: 'mcp', payload: { ...msg, server: { command: [...this.o.serverCommand], name: this.o.serverLabel } } };
  }

  private onBatch(line: Buffer, items: unknown[]): void {
    // Batches (MCP 2025-03-26) are rare; a gated call inside one is refused without a dialog and
    // the rest of the batch is forwarded, re-serialised.
    const keep: unknown[] = [];
    let refused = 0;
    for (const item of items) {
      if (isRecord(item) && item['method'] === 'tools/call' && this.judge(item).verdict !== 'allow') {
        refused++;
        const id = item['id'];
        if (isJsonRpcId(id) && id !== null) this.reply(toolErrorResult(id, declinedMessage('A destructive tool call inside a JSON-RPC batch was refused; send it on its own so the user can be asked.')));
      } else {
        keep.push(item);
      }
    }
    if (refused === 0) this.toServer(line);
    else if (keep.length > 0) this.toServer(Buffer.from(`${JSON.stringify(keep)}\n`));
  }

  private hold(line: Buffer, msg: Record_, local: Decision): void {
    const id = msg['id'];
    const replyable = isJsonRpcId(id) && id !== null;
    const key = replyable ? idKey(id) : undefined;
    const state = { cancelled: false };
    if (key !== undefined) this.held.set(key, state);
    this.inFlight++;
    const body: AskBody = {
      verb: 'ask',
      source: { kind: 'mcp-proxy', server: this.o.serverLabel },
      tool: this.toolInput(msg),
      cwd: this.o.cwd,
      env: this.o.env,
    };
    const settle = (allow: boolean, message: string) => {
      if (key !== undefined) this.held.delete(key);
      this.inFlight--;
      if (state.cancelled) this.log(`dropped a held call the client cancelled`);
      else if (allow) this.toServer(line);
      else if (replyable) this.reply(toolErrorResult(id, message));
      this.maybeEndServerInput();
    };
    this.o.ask(body).then(
      (gate) => {
        if (gate.kind === 'reply') {
          settle(gate.reply.answer === 'allow', declinedMessage(gate.reply.message));
          return;
        }
        if (local.verdict === 'deny') settle(false, refusedByPolicyMessage(local));
        else if ((this.o.failMode ?? gate.failMode ?? 'deny') === 'allow') settle(true, '');
        else settle(false, unreachableMessage(local, gate.reason));
      },
      (err: unknown) => settle(false, unreachableMessage(local, err instanceof Error ? err.message : String(err))),
    );
  }

  private toServer(bytes: Buffer): void {
    if (this.serverInEnded) return;
    this.o.serverIn.write(bytes);
  }

  private reply(text: string): void {
    this.queuedReplies.push(text);
    if (!this.serverMidLine) this.flushReplies();
  }

  private flushReplies(): void {
    while (this.queuedReplies.length > 0) this.o.clientOut.write(this.queuedReplies.shift() as string);
  }

  private maybeEndServerInput(): void {
    if (this.clientEnded && this.inFlight === 0 && !this.serverInEnded) {
      this.serverInEnded = true;
      this.o.serverIn.end();
    }
  }
}
