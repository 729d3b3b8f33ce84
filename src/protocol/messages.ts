// The wire contract between clients (terminal bridge, agent hooks, MCP proxy) and the
// gate service in an editor window. Newline-delimited JSON over a local socket.
// Both ends validate every message; nothing here trusts its input.

import type { Decision } from '../engine/model/decision';
import type { AgentName, ToolCallInput } from '../engine/model/input';

export const PROTOCOL_VERSION = 1;

export type SourceKind = 'terminal' | 'agent-hook' | 'mcp-proxy' | 'cli';

export interface RequestSource {
  kind: SourceKind;
  /** For agent hooks: which agent's hook asked. */
  agent?: AgentName;
  /** For the MCP proxy: the server's name or command. */
  server?: string;
  /** Free text shown in the dialog's "asked by" line, e.g. a terminal's name. */
  label?: string;
}

export interface AskRequest {
  v: typeof PROTOCOL_VERSION;
  id: string;
  secret: string;
  verb: 'ask';
  source: RequestSource;
  command?: string;
  tool?: ToolCallInput;
  cwd: string;
  /** The caller's environment (the service keeps only what environment resolution reads). */
  env?: Record<string, string>;
}

export interface PingRequest {
  v: typeof PROTOCOL_VERSION;
  id: string;
  secret: string;
  verb: 'ping';
}

export type GateRequest = AskRequest | PingRequest;

/** How an `ask` ended. */
export type AskOutcome =
  | 'not-gated'
  | 'confirmed'
  | 'cancelled'
  | 'timed-out'
  | 'denied'
  | 'one-shot-pass'
  | 'disabled'
  | 'paused'
  /** Every finding is covered by a time-boxed allowance the user granted for its rule in this workspace. */
  | 'allowance';

export interface AskReply {
  v: typeof PROTOCOL_VERSION;
  id: string;
  ok: true;
  verb: 'ask';
  /** What the client must do. */
  answer: 'allow' | 'deny';
  outcome: AskOutcome;
  /** One sentence for the caller (printed by the terminal, returned to the agent). */
  message: string;
  decision: Decision;
}

export interface PingReply {
  v: typeof PROTOCOL_VERSION;
  id: string;
  ok: true;
  verb: 'ping';
  pid: number;
  workspaceFolders: string[];
}

export type ErrorCode = 'bad-request' | 'unauthorised' | 'unknown-verb' | 'unsupported-version' | 'internal';

export interface ErrorReply {
  v: typeof PROTOCOL_VERSION;
  id: string;
  ok: false;
  error: ErrorCode;
  message: string;
}

export type GateReply = AskReply | PingReply | ErrorReply;

/** One file per editor window in the per-user registry folder (mode 0600). */
export interface WindowRegistration {
  v: typeof PROTOCOL_VERSION;
  pid: number;
  socket: string;
  secret: string;
  workspaceFolders: string[];
  startedAt: string;
  /** The window's approved `destructiveGate.failMode`: what clients do when no window answers. */
  failMode?: FailMode;
}

/** What a client does when it cannot get a human answer from any window. */
export type FailMode = 'deny' | 'allow';
