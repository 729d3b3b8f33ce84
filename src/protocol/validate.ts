// Runtime validation of every message on the cli <-> editor channel, on both ends.
// Input is untrusted JSON: each field is checked and copied into a fresh object, so nothing
// unexpected (prototype keys, extra fields, wrong types) survives into the rest of the code.

import type { Decision, Environment, EnvironmentName, Finding, GateVerdict, Severity, Unverifiable, Verdict } from '../engine/model/decision';
import type { AgentName, ToolCallInput } from '../engine/model/input';
import {
  PROTOCOL_VERSION,
  type AskOutcome,
  type AskReply,
  type AskRequest,
  type ErrorCode,
  type ErrorReply,
  type GateReply,
  type GateRequest,
  type PingReply,
  type PingRequest,
  type RequestSource,
  type SourceKind,
  type WindowRegistration,
} from './messages';

/** A request line longer than this is refused (a command line plus an environment fits easily). */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const MAX_ENV_ENTRIES = 4096;
const MAX_ID_CHARS = 200;

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export type RequestCheck =
  | { ok: true; request: GateRequest }
  | { ok: false; id: string; error: Extract<ErrorCode, 'bad-request' | 'unknown-verb' | 'unsupported-version'>; message: string };

const SOURCE_KINDS: readonly SourceKind[] = ['terminal', 'agent-hook', 'mcp-proxy', 'cli'];
const AGENTS: readonly AgentName[] = ['cursor', 'claude-code', 'vscode', 'gemini', 'codex', 'windsurf', 'cline', 'copilot-cli', 'mcp'];
const VERDICTS: readonly Verdict[] = ['allow', 'confirm', 'deny'];
const GATE_VERDICTS: readonly GateVerdict[] = ['confirm', 'deny'];
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const ENVIRONMENTS: readonly EnvironmentName[] = ['production', 'staging', 'development', 'unknown'];
const OUTCOMES: readonly AskOutcome[] = ['not-gated', 'confirmed', 'cancelled', 'timed-out', 'denied', 'one-shot-pass', 'disabled', 'paused', 'allowance'];
const ERROR_CODES: readonly ErrorCode[] = ['bad-request', 'unauthorised', 'unknown-verb', 'unsupported-version', 'internal'];

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): v is T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

function str(o: Obj, key: string, where: string): string {
  const v = own(o, key);
  if (typeof v !== 'string') fail(`${where}.${key} must be a string`);
  return v;
}

function optStr(o: Obj, key: string, where: string): string | undefined {
  const v = own(o, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') fail(`${where}.${key} must be a string when present`);
  return v;
}

function strArray(o: Obj, key: string, where: string): string[] {
  const v = own(o, key);
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) fail(`${where}.${key} must be an array of strings`);
  return [...v];
}

function obj(o: Obj, key: string, where: string): Obj {
  const v = own(o, key);
  if (!isObject(v)) fail(`${where}.${key} must be an object`);
  return v;
}

/** Deep copy of arbitrary JSON (an agent payload), dropping prototype-polluting keys and bounding depth. */
function plainJson(v: unknown, depth = 0): unknown {
  if (depth > 64) fail('tool payload is nested too deeply');
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => plainJson(x, depth + 1));
  if (isObject(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      out[k] = plainJson(x, depth + 1);
    }
    return out;
  }
  return fail('tool payload must be JSON');
}

function checkHeader(o: Obj, where: string): string {
  const id = str(o, 'id', where);
  if (id.length === 0 || id.length > MAX_ID_CHARS) fail(`${where}.id must be 1-${MAX_ID_CHARS} characters`);
  return id;
}

function source(o: Obj): RequestSource {
  const s = obj(o, 'source', 'request');
  const kind = own(s, 'kind');
  if (!oneOf(kind, SOURCE_KINDS)) fail(`request.source.kind must be one of ${SOURCE_KINDS.join(', ')}`);
  const out: RequestSource = { kind };
  const agent = own(s, 'agent');
  if (agent !== undefined) {
    if (!oneOf(agent, AGENTS)) fail(`request.source.agent must be one of ${AGENTS.join(', ')}`);
    out.agent = agent;
  }
  const server = optStr(s, 'server', 'request.source');
  if (server !== undefined) out.server = server.slice(0, 500);
  const label = optStr(s, 'label', 'request.source');
  if (label !== undefined) out.label = label.slice(0, 500);
  return out;
}

function toolCall(v: unknown): ToolCallInput {
  if (!isObject(v)) fail('request.tool must be an object');
  const agent = own(v, 'agent');
  if (!oneOf(agent, AGENTS)) fail(`request.tool.agent must be one of ${AGENTS.join(', ')}`);
  return { agent, payload: plainJson(own(v, 'payload')) };
}

function envRecord(v: unknown): Record<string, string> {
  if (!isObject(v)) fail('request.env must be an object of strings');
  const entries = Object.entries(v);
  if (entries.length > MAX_ENV_ENTRIES) fail(`request.env has more than ${MAX_ENV_ENTRIES} entries`);
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, x] of entries) {
    if (typeof x !== 'string') fail(`request.env.${k} must be a string`);
    out[k] = x;
  }
  return out;
}

function askRequest(o: Obj, id: string, secret: string): AskRequest {
  const cwd = str(o, 'cwd', 'request');
  if (cwd.length === 0) fail('request.cwd must not be empty');
  const req: AskRequest = { v: PROTOCOL_VERSION, id, secret, verb: 'ask', source: source(o), cwd };
  const command = optStr(o, 'command', 'request');
  const tool = own(o, 'tool');
  if (command === undefined && tool === undefined) fail('request needs a command or a tool');
  if (command !== undefined && tool !== undefined) fail('request has both a command and a tool');
  if (command !== undefined) req.command = command;
  if (tool !== undefined) req.tool = toolCall(tool);
  const env = own(o, 'env');
  if (env !== undefined) req.env = envRecord(env);
  return req;
}

/** Validates one request (already parsed from JSON). Every failure names what is wrong and which reply code to send. */
export function checkRequest(value: unknown): RequestCheck {
  let id = '';
  try {
    if (!isObject(value)) fail('a request must be a JSON object');
    const rawId = own(value, 'id');
    if (typeof rawId === 'string' && rawId.length <= MAX_ID_CHARS) id = rawId;
    const v = own(value, 'v');
    if (typeof v !== 'number') fail('request.v (protocol version) must be a number');
    if (v !== PROTOCOL_VERSION) {
      return { ok: false, id, error: 'unsupported-version', message: `protocol version ${v} is not supported; this window speaks ${PROTOCOL_VERSION}` };
    }
    id = checkHeader(value, 'request');
    const secret = str(value, 'secret', 'request');
    const verb = own(value, 'verb');
    if (typeof verb !== 'string') fail('request.verb must be a string');
    if (verb === 'ping') {
      const ping: PingRequest = { v: PROTOCOL_VERSION, id, secret, verb: 'ping' };
      return { ok: true, request: ping };
    }
    if (verb === 'ask') return { ok: true, request: askRequest(value, id, secret) };
    return { ok: false, id, error: 'unknown-verb', message: `unknown verb '${verb.slice(0, 50)}'` };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, id, error: 'bad-request', message: err.message };
    throw err;
  }
}

/** Parses and validates one request line. */
export function parseRequestLine(line: string): RequestCheck {
  if (line.length > MAX_MESSAGE_BYTES) return { ok: false, id: '', error: 'bad-request', message: 'request is too large' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: '', error: 'bad-request', message: 'request is not valid JSON' };
  }
  return checkRequest(value);
}

function environment(v: unknown, where: string): Environment {
  if (!isObject(v)) fail(`${where} must be an object`);
  const name = own(v, 'name');
  if (!oneOf(name, ENVIRONMENTS)) fail(`${where}.name must be one of ${ENVIRONMENTS.join(', ')}`);
  return { name, evidence: strArray(v, 'evidence', where) };
}

function finding(v: unknown, where: string): Finding {
  if (!isObject(v)) fail(`${where} must be an object`);
  const severity = own(v, 'severity');
  if (!oneOf(severity, SEVERITIES)) fail(`${where}.severity is not a severity`);
  const verdict = own(v, 'verdict');
  if (!oneOf(verdict, GATE_VERDICTS)) fail(`${where}.verdict must be confirm or deny`);
  const src = own(v, 'source');
  if (src !== 'built-in' && src !== 'user') fail(`${where}.source must be built-in or user`);
  const out: Finding = {
    rule: str(v, 'rule', where),
    severity,
    verdict,
    reason: str(v, 'reason', where),
    target: str(v, 'target', where),
    environment: environment(own(v, 'environment'), `${where}.environment`),
    source: src,
    command: str(v, 'command', where),
  };
  const safer = optStr(v, 'safer', where);
  if (safer !== undefined) out.safer = safer;
  if (own(v, 'preAnswered') !== undefined) out.preAnswered = strArray(v, 'preAnswered', where);
  return out;
}

/** Validates an engine Decision received over the wire. */
export function checkDecision(v: unknown, where = 'decision'): Decision {
  if (!isObject(v)) fail(`${where} must be an object`);
  const verdict = own(v, 'verdict');
  if (!oneOf(verdict, VERDICTS)) fail(`${where}.verdict must be allow, confirm or deny`);
  const findings = own(v, 'findings');
  if (!Array.isArray(findings)) fail(`${where}.findings must be an array`);
  const unverifiable = own(v, 'unverifiable');
  if (!Array.isArray(unverifiable)) fail(`${where}.unverifiable must be an array`);
  const out: Decision = {
    verdict,
    findings: findings.map((f, i) => finding(f, `${where}.findings[${i}]`)),
    unverifiable: unverifiable.map((u, i): Unverifiable => {
      if (!isObject(u)) fail(`${where}.unverifiable[${i}] must be an object`);
      return { part: str(u, 'part', `${where}.unverifiable[${i}]`), reason: str(u, 'reason', `${where}.unverifiable[${i}]`) };
    }),
    trace: strArray(v, 'trace', where),
  };
  const target = optStr(v, 'target', where);
  if (target !== undefined) out.target = target;
  if (own(v, 'environment') !== undefined) out.environment = environment(own(v, 'environment'), `${where}.environment`);
  return out;
}

function reply(value: unknown): GateReply {
  if (!isObject(value)) fail('a reply must be a JSON object');
  if (own(value, 'v') !== PROTOCOL_VERSION) fail(`reply speaks protocol ${String(own(value, 'v'))}, expected ${PROTOCOL_VERSION}`);
  const id = str(value, 'id', 'reply');
  const ok = own(value, 'ok');
  if (ok === false) {
    const error = own(value, 'error');
    if (!oneOf(error, ERROR_CODES)) fail('reply.error is not a known error code');
    const r: ErrorReply = { v: PROTOCOL_VERSION, id, ok: false, error, message: str(value, 'message', 'reply') };
    return r;
  }
  if (ok !== true) fail('reply.ok must be a boolean');
  const verb = own(value, 'verb');
  if (verb === 'ping') {
    const pid = own(value, 'pid');
    if (typeof pid !== 'number' || !Number.isInteger(pid)) fail('reply.pid must be an integer');
    const r: PingReply = { v: PROTOCOL_VERSION, id, ok: true, verb: 'ping', pid, workspaceFolders: strArray(value, 'workspaceFolders', 'reply') };
    return r;
  }
  if (verb === 'ask') {
    const answer = own(value, 'answer');
    if (answer !== 'allow' && answer !== 'deny') fail('reply.answer must be allow or deny');
    const outcome = own(value, 'outcome');
    if (!oneOf(outcome, OUTCOMES)) fail('reply.outcome is not a known outcome');
    const r: AskReply = {
      v: PROTOCOL_VERSION,
      id,
      ok: true,
      verb: 'ask',
      answer,
      outcome,
      message: str(value, 'message', 'reply'),
      decision: checkDecision(own(value, 'decision'), 'reply.decision'),
    };
    return r;
  }
  return fail('reply.verb must be ask or ping');
}

/** Validates a reply (already parsed from JSON). */
export function checkReply(value: unknown): Result<GateReply> {
  try {
    return { ok: true, value: reply(value) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, reason: err.message };
    throw err;
  }
}

export function parseReplyLine(line: string): Result<GateReply> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'reply is not valid JSON' };
  }
  return checkReply(value);
}

/** Validates a window registration file's content. */
export function checkRegistration(value: unknown): Result<WindowRegistration> {
  try {
    if (!isObject(value)) fail('a registration must be a JSON object');
    if (own(value, 'v') !== PROTOCOL_VERSION) fail(`registration speaks protocol ${String(own(value, 'v'))}`);
    const pid = own(value, 'pid');
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) fail('registration.pid must be a positive integer');
    const reg: WindowRegistration = {
      v: PROTOCOL_VERSION,
      pid,
      socket: str(value, 'socket', 'registration'),
      secret: str(value, 'secret', 'registration'),
      workspaceFolders: strArray(value, 'workspaceFolders', 'registration'),
      startedAt: str(value, 'startedAt', 'registration'),
    };
    if (reg.socket.length === 0 || reg.secret.length < 16) fail('registration has an empty socket or a short secret');
    const failMode = own(value, 'failMode');
    if (failMode !== undefined) {
      if (failMode !== 'deny' && failMode !== 'allow') fail('registration.failMode must be deny or allow');
      reg.failMode = failMode;
    }
    return { ok: true, value: reg };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, reason: err.message };
    throw err;
  }
}
