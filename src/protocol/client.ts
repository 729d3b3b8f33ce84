// The client half of the channel: ask an editor window for a human answer.
// Used by the agent hooks, the terminal bridge and the MCP proxy. The client owns its timeout
// and fail mode: this module never decides to allow; it returns either the window's validated
// reply or `unreachable` with the reason, and the caller applies its fail mode.

import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import type { ToolCallInput } from '../engine/model/input';
import { PROTOCOL_VERSION, type AskReply, type AskRequest, type FailMode, type GateReply, type RequestSource } from './messages';
import { ENV_SECRET, ENV_SOCKET, endpointFromEnv, listWindows, rankWindows, registryDir, type Endpoint } from './discovery';
import { MAX_MESSAGE_BYTES, parseReplyLine } from './validate';

export interface GateQuestion {
  source: RequestSource;
  command?: string;
  tool?: ToolCallInput;
  cwd: string;
  /** The environment the action runs with (resolved by the window's engine). Undefined values are dropped. */
  env: Readonly<Record<string, string | undefined>>;
}

export interface AskOptions {
  /** Overall time for one window's answer, including the human. Keep it above the window's confirm timeout (120 s by default). */
  timeoutMs: number;
  /** The agent's workspace folders (hook payloads carry them); used to pick the window. */
  workspaceRoots?: readonly string[];
  /** Where to look for the endpoint variables set on terminals; defaults to process.env. */
  endpointEnv?: Readonly<Record<string, string | undefined>>;
  /** Registry folder override (tests). */
  registryDir?: string;
}

export type AskResult =
  | { kind: 'reply'; reply: AskReply }
  | {
      kind: 'unreachable';
      reason: string;
      /** The fail mode the best-matching window last published; `deny` when none is known. */
      failMode: FailMode;
    };

class ChannelError extends Error {
  constructor(
    message: string,
    /** The window could not be reached at all (no socket, refused): another window may be tried. */
    readonly notConnected: boolean,
  ) {
    super(message);
  }
}

/**
 * Sends one line and resolves with the first reply line. Rejects with a ChannelError on
 * connection failure, timeout, an oversized reply or a closed connection.
 */
export function exchangeLine(socket: string, line: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let connected = false;
    let buf = '';
    const conn = net.createConnection(socket);
    const done = (err: ChannelError | undefined, value?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      if (err) reject(err);
      else resolve(value ?? '');
    };
    const timer = setTimeout(() => done(new ChannelError(`no answer within ${Math.round(timeoutMs / 1000)} s`, !connected)), timeoutMs);
    conn.setEncoding('utf8');
    conn.on('connect', () => {
      connected = true;
      conn.write(line.endsWith('\n') ? line : `${line}\n`);
    });
    conn.on('data', (chunk: string) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl >= 0) done(undefined, buf.slice(0, nl));
      else if (buf.length > MAX_MESSAGE_BYTES) done(new ChannelError('reply is too large', false));
    });
    conn.on('error', (err: NodeJS.ErrnoException) => done(new ChannelError(`cannot connect to ${socket}: ${err.code ?? err.message}`, !connected)));
    conn.on('close', () => done(new ChannelError('the window closed the connection without answering', !connected)));
  });
}

/** Sends one request object to an endpoint and returns the validated reply. */
export async function sendRequest(endpoint: Endpoint, request: Omit<AskRequest, 'secret' | 'v' | 'id'> | { verb: 'ping' }, timeoutMs: number): Promise<GateReply> {
  const id = randomBytes(8).toString('hex');
  const line = JSON.stringify({ ...request, v: PROTOCOL_VERSION, id, secret: endpoint.secret });
  const text = await exchangeLine(endpoint.socket, line, timeoutMs);
  const parsed = parseReplyLine(text);
  if (!parsed.ok) throw new ChannelError(`invalid reply: ${parsed.reason}`, false);
  if (parsed.value.id !== id) throw new ChannelError('reply answers another request', false);
  return parsed.value;
}

function cleanEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    // The window's secret is not the window's business to receive back, nor the audit log's.
    if (v === undefined || k === ENV_SECRET || k === ENV_SOCKET) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Asks an editor window for a human answer. Tries the endpoint given to the terminal (if any),
 * then the registered windows, best workspace match first. Another window is tried only when one
 * could not be reached at all; once a window has the request, its answer (or its silence) stands.
 */
export async function askGate(req: GateQuestion, opts: AskOptions): Promise<AskResult> {
  const deadline = Date.now() + opts.timeoutMs;
  const message: Omit<AskRequest, 'secret' | 'v' | 'id'> = { verb: 'ask', source: req.source, cwd: req.cwd, env: cleanEnv(req.env) };
  if (req.command !== undefined) message.command = req.command;
  if (req.tool !== undefined) message.tool = req.tool;

  const candidates: { endpoint: Endpoint; failMode?: FailMode; label: string }[] = [];
  const fromEnv = endpointFromEnv(opts.endpointEnv ?? process.env);
  if (fromEnv) candidates.push({ endpoint: fromEnv, label: `terminal endpoint ${fromEnv.socket}` });
  const ranked = rankWindows(listWindows(opts.registryDir ?? registryDir()), { cwd: req.cwd, workspaceRoots: opts.workspaceRoots });
  for (const choice of ranked) {
    const reg = choice.window.registration;
    if (fromEnv && reg.socket === fromEnv.socket) continue;
    candidates.push({ endpoint: { socket: reg.socket, secret: reg.secret }, failMode: reg.failMode, label: `window pid ${reg.pid} (${choice.why})` });
  }
  const failMode: FailMode = ranked[0]?.window.registration.failMode ?? 'deny';
  if (candidates.length === 0) return { kind: 'unreachable', reason: 'no editor window with Destructive Action Gate is running', failMode };

  const reasons: string[] = [];
  for (const c of candidates) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    try {
      const reply = await sendRequest(c.endpoint, message, left);
      if (reply.ok && reply.verb === 'ask') return { kind: 'reply', reply };
      if (!reply.ok) {
        reasons.push(`${c.label}: ${reply.error}: ${reply.message}`);
        // A stale terminal endpoint (the window was reloaded) refuses the old secret: try the registry.
        if (reply.error === 'unauthorised') continue;
        break;
      }
      reasons.push(`${c.label}: unexpected ${reply.verb} reply`);
      break;
    } catch (err) {
      const e = err instanceof ChannelError ? err : new ChannelError(String(err), false);
      reasons.push(`${c.label}: ${e.message}`);
      if (!e.notConnected) break;
    }
  }
  return { kind: 'unreachable', reason: reasons.join('; ') || 'timed out before any window was asked', failMode };
}
