// Asks the editor window that owns the working folder (discovery in src/protocol) and waits for
// the human. Tries the endpoint in the environment first (a terminal started by the extension),
// then each live window by rank; a window that cannot be reached or refuses the request is
// skipped. When none answers, the best window's approved fail mode travels with the result.

import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import { endpointFromEnv, listWindows, rankWindows, registryDir, type Endpoint } from '../../protocol/discovery';
import { PROTOCOL_VERSION, type AskRequest } from '../../protocol/messages';
import { MAX_MESSAGE_BYTES, parseReplyLine } from '../../protocol/validate';
import type { AskBody, FailMode, GateAnswer } from './runHook';

export interface AskEditorOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Workspace roots the agent reported, to pick the right window. */
  workspaceRoots?: readonly string[];
  connectTimeoutMs?: number;
  /** How long a human may take; a little under the agent's own hook timeout. */
  answerTimeoutMs?: number;
}

type Attempt = { ok: true; answer: GateAnswer } | { ok: false; reason: string; final?: boolean };

function askOne(endpoint: Endpoint, body: AskBody, connectMs: number, answerMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const id = randomBytes(8).toString('hex');
    const request: AskRequest = { v: PROTOCOL_VERSION, id, secret: endpoint.secret, ...body };
    let settled = false;
    let buf = '';
    const socket = net.createConnection(endpoint.socket);
    const done = (a: Attempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(a);
    };
    let timer = setTimeout(() => done({ ok: false, reason: 'the editor did not accept the connection in time' }), connectMs);
    socket.on('connect', () => {
      clearTimeout(timer);
      // A window that took the request but never answered may still show its dialog: asking
      // another window now would put a second dialog in front of the human.
      timer = setTimeout(() => done({ ok: false, reason: `no answer within ${Math.round(answerMs / 1000)} s`, final: true }), answerMs);
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > MAX_MESSAGE_BYTES) return done({ ok: false, reason: 'the editor sent an over-long reply' });
      const nl = buf.indexOf('\n');
      if (nl === -1) return;
      const parsed = parseReplyLine(buf.slice(0, nl));
      if (!parsed.ok) return done({ ok: false, reason: `the editor sent an invalid reply: ${parsed.reason}` });
      const reply = parsed.value;
      if (reply.id !== id) return done({ ok: false, reason: 'the editor answered another request' });
      if (!reply.ok) return done({ ok: false, reason: `the editor refused the request (${reply.error}: ${reply.message})` });
      if (reply.verb !== 'ask') return done({ ok: false, reason: 'the editor sent a reply of the wrong kind' });
      done({ ok: true, answer: { kind: 'reply', reply } });
    });
    socket.on('error', (err: NodeJS.ErrnoException) => done({ ok: false, reason: err.code === 'ENOENT' || err.code === 'ECONNREFUSED' ? 'the editor window is gone' : err.message }));
    socket.on('close', () => done({ ok: false, reason: 'the editor closed the connection without answering' }));
  });
}

export async function askEditor(body: AskBody, opts: AskEditorOptions): Promise<GateAnswer> {
  const connectMs = opts.connectTimeoutMs ?? 2000;
  const answerMs = opts.answerTimeoutMs ?? 290_000;
  const endpoints: Endpoint[] = [];
  const fromEnv = endpointFromEnv(opts.env);
  if (fromEnv) endpoints.push(fromEnv);
  const ranked = rankWindows(listWindows(registryDir(opts.env)), { cwd: body.cwd, ...(opts.workspaceRoots ? { workspaceRoots: opts.workspaceRoots } : {}) });
  for (const c of ranked) {
    if (!endpoints.some((e) => e.socket === c.window.registration.socket)) endpoints.push({ socket: c.window.registration.socket, secret: c.window.registration.secret });
  }
  const failMode: FailMode | undefined = ranked[0]?.window.registration.failMode;
  if (endpoints.length === 0) return { kind: 'unreachable', reason: 'no editor window with Destructive Action Gate is running', ...(failMode ? { failMode } : {}) };
  const reasons: string[] = [];
  for (const e of endpoints) {
    const a = await askOne(e, body, connectMs, answerMs);
    if (a.ok) return a.answer;
    reasons.push(a.reason);
    if (a.final) break;
  }
  return { kind: 'unreachable', reason: reasons.join('; '), ...(failMode ? { failMode } : {}) };
}
