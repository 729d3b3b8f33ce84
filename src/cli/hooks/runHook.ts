// One hook call: read the payload, judge it locally, and only when a human must decide ask the
// editor window that owns the workspace. Harmless calls never leave this process. Every path
// ends in an answer in the agent's format: nothing here may throw past the caller, because an
// agent treats a crashed hook as "continue".

import type { Decision } from '../../engine/model/decision';
import type { AgentName, ToolCallInput } from '../../engine/model/input';
import type { ToolCall } from '../../engine/rules/rule';
import { evaluate } from '../../engine/evaluate';
import { readBoundedFile } from '../engine/engineInput';
import { normaliseToolCall } from '../../engine/parse/toolCall/normaliseToolCall';
import type { AskReply, AskRequest } from '../../protocol/messages';
import type { HookAdapter, HookAnswer } from './hookAdapter';
import { CONFIRMED_MESSAGE, HARMLESS_MESSAGE, declinedMessage, refusedByPolicyMessage, unreachableMessage, unreadableMessage } from './hookMessages';
import type { StdinRead } from './readBoundedStdin';
import type { UserRuleHints } from './hookPrefilter';

export type FailMode = 'deny' | 'allow';

export type GateAnswer = { kind: 'reply'; reply: AskReply } | { kind: 'unreachable'; reason: string; failMode?: FailMode };

export type AskBody = Omit<AskRequest, 'v' | 'id' | 'secret'>;

export type GateAsker = (req: AskBody) => Promise<GateAnswer>;

export interface HookDeps {
  payload: StdinRead;
  env: Readonly<Record<string, string | undefined>>;
  /** The hook process's own working folder, used when the payload names none. */
  processCwd: string;
  ask: GateAsker;
  /** Set on the hook command line; otherwise the editor's approved setting, else deny. */
  failMode?: FailMode;
  /** Lines for the debug log (stderr only when asked for). */
  log?: (line: string) => void;
  /** What the user's own rules may concern (written by the extension); the local engine knows only built-in rules. */
  userRules?: UserRuleHints;
}

export interface HookResult {
  answer: HookAnswer;
  /** How it ended, for logs and the benchmark. */
  path: 'unreadable' | 'harmless' | 'not-gated-locally' | 'asked' | 'unreachable';
}

function stringEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}

function canonicalToolCall(call: ToolCall): ToolCallInput {
  return { agent: 'mcp', payload: { jsonrpc: '2.0', method: 'tools/call', params: { name: call.tool, arguments: call.args }, server: { name: call.server } } };
}

export async function runHook(adapter: HookAdapter, deps: HookDeps): Promise<HookResult> {
  const log = deps.log ?? (() => undefined);
  if (!deps.payload.ok) return { answer: adapter.deny(unreadableMessage(deps.payload.reason)), path: 'unreadable' };
  let payload: unknown;
  try {
    payload = JSON.parse(deps.payload.text);
  } catch {
    return { answer: adapter.deny(unreadableMessage('the payload on stdin is not valid JSON')), path: 'unreadable' };
  }
  const agent: AgentName = adapter.agent;
  const call = normaliseToolCall({ agent, payload });
  log(`read: ${call.trace.join('; ')}`);
  if (call.kind === 'invalid') return { answer: adapter.deny(unreadableMessage(call.reason)), path: 'unreadable' };
  if (call.kind === 'other') return { answer: adapter.allow('harmless', HARMLESS_MESSAGE), path: 'harmless' };

  const cwd = call.cwd ?? deps.processCwd;
  // The shell form is sent as text, so that two hooks firing for one call (Cursor's preToolUse and
  // beforeShellExecution, a Claude-format hook Cursor also reads) ask with the same command and
  // cwd and the gate's one-shot pass answers the second without a second dialog.
  // MCP calls go the same way, as one canonical JSON-RPC tools/call: the same call reported by
  // two agents' hooks (VS Code runs Claude's and Copilot's) then joins one dialog.
  const body: AskBody =
    call.kind === 'shell'
      ? { verb: 'ask', source: { kind: 'agent-hook', agent }, command: call.command, cwd, env: stringEnv(deps.env) }
      : { verb: 'ask', source: { kind: 'agent-hook', agent }, tool: canonicalToolCall(call.call), cwd, env: stringEnv(deps.env) };

  const local: Decision = evaluate({ ...(body.command !== undefined ? { command: body.command } : {}), ...(body.tool !== undefined ? { tool: body.tool } : {}), cwd, env: deps.env, readFile: readBoundedFile });
  log(`local verdict: ${local.verdict}`);
  const userMayApply = call.kind === 'shell' ? (deps.userRules?.mayApply(call.command) ?? false) : (deps.userRules?.mcp ?? false);
  if (local.verdict === 'allow' && !userMayApply) return { answer: adapter.allow('harmless', HARMLESS_MESSAGE), path: 'not-gated-locally' };
  if (local.verdict === 'allow') log('a rule from the user\'s settings may apply: asking the editor');

  let gate: GateAnswer;
  try {
    gate = await deps.ask(body);
  } catch (err) {
    gate = { kind: 'unreachable', reason: err instanceof Error ? err.message : String(err) };
  }
  if (gate.kind === 'reply') {
    const reply = gate.reply;
    log(`editor answered ${reply.answer} (${reply.outcome})`);
    if (reply.answer === 'allow') {
      return { answer: adapter.allow(reply.outcome === 'not-gated' || reply.outcome === 'disabled' ? 'harmless' : 'confirmed', reply.message || CONFIRMED_MESSAGE), path: 'asked' };
    }
    return { answer: adapter.deny(declinedMessage(reply.message)), path: 'asked' };
  }
  log(`no editor window answered: ${gate.reason}`);
  // A catastrophic action is refused whatever the fail mode: no human could have allowed it.
  if (local.verdict === 'deny') return { answer: adapter.deny(refusedByPolicyMessage(local)), path: 'unreachable' };
  const failMode = deps.failMode ?? gate.failMode ?? 'deny';
  if (failMode === 'allow') {
    const note = `Destructive Action Gate: no editor window could be asked (${gate.reason}); allowed because destructiveGate.failMode is "allow".`;
    const allowed = adapter.allow('harmless', note);
    return { answer: { ...allowed, stderr: `${allowed.stderr}${note}\n` }, path: 'unreachable' };
  }
  return { answer: adapter.deny(unreachableMessage(local, gate.reason)), path: 'unreachable' };
}
