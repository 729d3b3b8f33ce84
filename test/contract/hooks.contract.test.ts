// Each agent's hook, spawned as the agent spawns it (built dist/cli.js, payload on stdin), with
// that agent's real payload shapes: harmless, gated and confirmed, gated and cancelled, refused
// by the editor, malformed, and no editor running. stdout and the exit code are asserted exactly.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { CONFIRMED_MESSAGE, declinedMessage, unreachableMessage, unreadableMessage } from '../../src/cli/hooks/hookMessages';
import { emptyRegistry, startFakeGate, type FakeGate } from './helpers/fakeGate';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, HOOK_ENTRY, runCli } from './helpers/runCli';

const CWD = '/home/u/app';
const GATED = 'rm -rf important';
const HARMLESS = 'ls -la src';

type Agent = 'cursor' | 'claude-code' | 'vscode' | 'gemini' | 'codex' | 'windsurf' | 'cline' | 'copilot-cli';

function shellPayload(agent: Agent, command: string): unknown {
  switch (agent) {
    case 'cursor':
      return { conversation_id: 'c1', generation_id: 'g1', model: 'default', command, cwd: CWD, sandbox: false, hook_event_name: 'beforeShellExecution', cursor_version: '3.9.16', workspace_roots: [CWD], user_email: 'u@example.com', transcript_path: '/tmp/t.jsonl' };
    case 'claude-code':
      return { session_id: 's1', transcript_path: '/tmp/x.jsonl', cwd: CWD, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command, description: 'd', timeout: 120000 }, tool_use_id: 'toolu_1' };
    case 'vscode':
      return { timestamp: '2026-06-26T10:00:00Z', cwd: CWD, session_id: 's1', hook_event_name: 'PreToolUse', transcript_path: '/tmp/t', tool_name: 'run_in_terminal', tool_input: { command, explanation: 'e', goal: 'g', mode: 'sync' }, tool_use_id: 't1' };
    case 'gemini':
      return { session_id: 's1', transcript_path: '/tmp/t', cwd: CWD, hook_event_name: 'BeforeTool', timestamp: '2026-01-01T00:00:00Z', tool_name: 'run_shell_command', tool_input: { command } };
    case 'codex':
      return { session_id: 's1', transcript_path: '/tmp/t', cwd: CWD, hook_event_name: 'PreToolUse', model: 'gpt-5', permission_mode: 'default', turn_id: 't', tool_name: 'Bash', tool_use_id: 'c1', tool_input: { command } };
    case 'windsurf':
      return { agent_action_name: 'pre_run_command', trajectory_id: 't1', execution_id: 'e1', timestamp: '2026-01-01T00:00:00Z', model_name: 'swe', tool_info: { command_line: command, cwd: CWD } };
    case 'cline':
      return { clineVersion: '3.36.0', hookName: 'PreToolUse', timestamp: '1', taskId: 't1', workspaceRoots: [CWD], userId: 'u', preToolUse: { toolName: 'execute_command', parameters: { command, requires_approval: 'true' } } };
    case 'copilot-cli':
      return { sessionId: 's1', timestamp: 1760000000000, cwd: CWD, toolName: 'bash', toolArgs: JSON.stringify({ command, description: 'd' }) };
  }
}

function readPayload(agent: Agent): unknown {
  switch (agent) {
    case 'cursor':
      return { hook_event_name: 'preToolUse', tool_name: 'Read', tool_input: { path: 'a' }, workspace_roots: [CWD] };
    case 'cline':
      return { hookName: 'PreToolUse', workspaceRoots: [CWD], preToolUse: { toolName: 'read_file', parameters: { path: 'a' } } };
    case 'windsurf':
      return { agent_action_name: 'pre_read_code', tool_info: { file_path: '/home/u/app/a' } };
    case 'copilot-cli':
      return { sessionId: 's', timestamp: 1, cwd: CWD, toolName: 'view', toolArgs: '{"path":"a"}' };
    case 'gemini':
      return { hook_event_name: 'BeforeTool', cwd: CWD, tool_name: 'read_file', tool_input: { file_path: 'a' } };
    default:
      return { hook_event_name: 'PreToolUse', cwd: CWD, tool_name: 'Read', tool_input: { file_path: '/home/u/app/a' } };
  }
}

/** What each agent must see, exactly. */
function expectedDeny(agent: Agent, message: string): { stdout: string; code: number } {
  const claude = `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: message } })}\n`;
  switch (agent) {
    case 'cursor':
      return { stdout: `${JSON.stringify({ permission: 'deny', user_message: message, agent_message: message })}\n`, code: 0 };
    case 'claude-code':
    case 'vscode':
    case 'codex':
      return { stdout: claude, code: 2 };
    case 'gemini':
      return { stdout: `${JSON.stringify({ decision: 'deny', reason: message })}\n`, code: 2 };
    case 'windsurf':
      return { stdout: '', code: 2 };
    case 'cline':
      return { stdout: `${JSON.stringify({ cancel: true, errorMessage: message })}\n`, code: 0 };
    case 'copilot-cli':
      return { stdout: `${JSON.stringify({ permissionDecision: 'deny', permissionDecisionReason: message })}\n`, code: 2 };
  }
}

function expectedAllow(agent: Agent, kind: 'harmless' | 'confirmed', message: string): { stdout: string; code: number } {
  switch (agent) {
    case 'cursor':
      return { stdout: '{"permission":"allow"}\n', code: 0 };
    case 'cline':
      return { stdout: '{"cancel":false}\n', code: 0 };
    case 'claude-code':
    case 'vscode':
      return kind === 'confirmed' ? { stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'allow', permissionDecisionReason: message } })}\n`, code: 0 } : { stdout: '', code: 0 };
    default:
      return { stdout: '', code: 0 };
  }
}

const AGENTS: Agent[] = ['cursor', 'claude-code', 'vscode', 'gemini', 'codex', 'windsurf', 'cline', 'copilot-cli'];

let gate: FakeGate;
let noEditor: string;
/** A home whose launcher folder holds the prefilter for this build, as the extension writes it. */
let leanHome: string;

beforeAll(async () => {
  if (!fs.existsSync(CLI)) throw new Error('run `npm run build` first: dist/cli.js is missing');
  gate = await startFakeGate({ workspace: CWD });
  noEditor = emptyRegistry();
  leanHome = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-lean-'));
  fs.mkdirSync(path.join(leanHome, '.destructive-gate', 'bin'), { recursive: true });
  const w = spawnSync(process.execPath, [CLI, 'hook', '--write-prefilter', path.join(leanHome, '.destructive-gate', 'bin', 'hook-prefilter.json')]);
  if (w.status !== 0) throw new Error('could not write the hook prefilter');
});

afterAll(async () => {
  await gate.close();
  fs.rmSync(noEditor, { recursive: true, force: true });
  fs.rmSync(leanHome, { recursive: true, force: true });
});

const ENTRIES: [string, string][] = [
  ['cli.js', CLI],
  ['hook.js (lean entry, prefilter present)', HOOK_ENTRY],
];

describe.each(ENTRIES.flatMap(([label, entry]) => AGENTS.map((agent) => [agent, label, entry] as const)))('hook --agent %s via %s', (agent, label, entry) => {
  const hook = (payload: unknown, env: Record<string, string> = {}, extra: string[] = []) =>
    runCli(['hook', '--agent', agent, ...extra], typeof payload === 'string' ? payload : JSON.stringify(payload), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir, ...(entry === HOOK_ENTRY ? { HOME: leanHome } : {}), ...env }, entry);
  void label;

  it('answers a harmless shell call at once, without asking the editor', async () => {
    const before = gate.requests.length;
    const r = await hook(shellPayload(agent, HARMLESS));
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedAllow(agent, 'harmless', ''));
    expect(gate.requests.length).toBe(before);
  });

  it('answers a read tool at once, without asking the editor', async () => {
    const before = gate.requests.length;
    const r = await hook(readPayload(agent));
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedAllow(agent, 'harmless', ''));
    expect(gate.requests.length).toBe(before);
  });

  it('asks the editor for a gated call and allows it when the user confirms', async () => {
    gate.setAnswer({ answer: 'allow', outcome: 'confirmed', message: CONFIRMED_MESSAGE });
    const before = gate.requests.length;
    const r = await hook(shellPayload(agent, GATED));
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedAllow(agent, 'confirmed', CONFIRMED_MESSAGE));
    expect(gate.requests.length).toBe(before + 1);
    const req = gate.requests[gate.requests.length - 1] as Record<string, unknown>;
    expect({ verb: req['verb'], command: req['command'], cwd: req['cwd'], source: req['source'] }).toEqual({ verb: 'ask', command: GATED, cwd: CWD, source: { kind: 'agent-hook', agent } });
  });

  it('denies a gated call the user cancelled, telling the agent not to work around it', async () => {
    gate.setAnswer({ answer: 'deny', outcome: 'cancelled', message: "The user declined deleting 'important'." });
    const r = await hook(shellPayload(agent, GATED));
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, declinedMessage("The user declined deleting 'important'.")));
  });

  it('denies a gated call the editor refuses by policy', async () => {
    gate.setAnswer({ answer: 'deny', outcome: 'denied', message: 'Refused: this deletes the home folder.' });
    const r = await hook(shellPayload(agent, GATED));
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, declinedMessage('Refused: this deletes the home folder.')));
  });

  it('refuses malformed input with a message instead of crashing', async () => {
    const r = await hook('{"tool_name": ');
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, unreadableMessage('the payload on stdin is not valid JSON')));
  });

  it('refuses a payload of the wrong shape', async () => {
    const r = await hook([1, 2, 3]);
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, unreadableMessage(`${agent} payload is not a JSON object`)));
  });

  it('fails closed when no editor window is running', async () => {
    const r = await hook(shellPayload(agent, GATED), { DESTRUCTIVE_GATE_REGISTRY_DIR: noEditor });
    const decision = { verdict: 'confirm' as const, findings: [], unverifiable: [], trace: [], target: 'important', environment: { name: 'development' as const, evidence: [] } };
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, unreachableMessage(decision, 'no editor window with Destructive Action Gate is running')));
  });

  it('lets a gated call through with no editor only when fail mode is allow', async () => {
    const r = await hook(shellPayload(agent, GATED), { DESTRUCTIVE_GATE_REGISTRY_DIR: noEditor }, ['--fail-mode', 'allow']);
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedAllow(agent, 'harmless', ''));
  });
});

describe('hook: the Railway volumeDelete curl (the incident) is gated on every agent', () => {
  const curl = `curl -X POST https://backboard.railway.com/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H 'Content-Type: application/json' -d '{"query":"mutation { volumeDelete(volumeId: \\"vol_3f9a\\") }"}'`;
  it.each(AGENTS)('%s', async (agent) => {
    gate.setAnswer({ answer: 'deny', outcome: 'cancelled', message: 'The user cancelled.' });
    const before = gate.requests.length;
    const r = await runCli(['hook', '--agent', agent], JSON.stringify(shellPayload(agent, curl)), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir });
    expect(gate.requests.length).toBe(before + 1);
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, declinedMessage('The user cancelled.')));
  });
});

describe('hook: usage errors still refuse', () => {
  it('an unknown --agent exits 2 (a block for every agent that reads exit codes)', async () => {
    const r = await runCli(['hook', '--agent', 'nobody'], '{}');
    expect({ stdout: r.stdout, code: r.code }).toEqual({ stdout: '', code: 2 });
  });

  it('Cursor beforeMCPExecution with unreadable tool_input is refused in Cursor terms', async () => {
    const r = await runCli(['hook', '--agent', 'cursor'], JSON.stringify({ hook_event_name: 'beforeMCPExecution', tool_name: 'remove_volume', tool_input: '{oops', command: 'railway mcp' }), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir });
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny('cursor', unreadableMessage('cursor tool_input is not valid JSON')));
  });
});

describe('hook: Railway remove_volume through each agent\'s MCP form', () => {
  const args = { volume_id: 'vol_3f9a', confirm: true };
  const cases: [Agent, unknown][] = [
    ['cursor', { hook_event_name: 'beforeMCPExecution', tool_name: 'remove_volume', tool_input: JSON.stringify(args), command: 'railway mcp', workspace_roots: [CWD], conversation_id: 'c', generation_id: 'g' }],
    ['claude-code', { hook_event_name: 'PreToolUse', tool_name: 'mcp__railway__remove_volume', tool_input: args, cwd: CWD, session_id: 's' }],
    ['vscode', { hook_event_name: 'PreToolUse', tool_name: 'mcp_railway_remove_volume', tool_input: args, cwd: CWD }],
    ['gemini', { hook_event_name: 'BeforeTool', tool_name: 'mcp__railway__remove_volume', tool_input: args, cwd: CWD, mcp_context: { server_name: 'railway', tool_name: 'remove_volume' } }],
    ['codex', { hook_event_name: 'PreToolUse', tool_name: 'mcp__railway__remove_volume', tool_input: args, cwd: CWD }],
    ['windsurf', { agent_action_name: 'pre_mcp_tool_use', tool_info: { mcp_server_name: 'railway', mcp_tool_name: 'remove_volume', mcp_tool_arguments: args } }],
    ['cline', { hookName: 'PreToolUse', workspaceRoots: [CWD], preToolUse: { toolName: 'use_mcp_tool', parameters: { server_name: 'railway', tool_name: 'remove_volume', arguments: JSON.stringify(args) } } }],
  ];
  it.each(cases)('%s asks the editor and relays the refusal', async (agent, payload) => {
    gate.setAnswer({ answer: 'deny', outcome: 'cancelled', message: "The user declined deleting volume 'vol_3f9a'." });
    const before = gate.requests.length;
    const r = await runCli(['hook', '--agent', agent], JSON.stringify(payload), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir });
    expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny(agent, declinedMessage("The user declined deleting volume 'vol_3f9a'.")));
    expect(gate.requests.length).toBe(before + 1);
    // Every agent's form reaches the editor as the same canonical call, so a doubly-fired call joins one dialog.
    expect(gate.requests[gate.requests.length - 1]).toMatchObject({
      verb: 'ask',
      source: { kind: 'agent-hook', agent },
      tool: { agent: 'mcp', payload: { jsonrpc: '2.0', method: 'tools/call', params: { name: 'remove_volume', arguments: args }, server: { name: 'railway' } } },
    });
  });

  it('a preview call without confirm is let through at once (Railway only previews then)', async () => {
    const before = gate.requests.length;
    const r = await runCli(['hook', '--agent', 'claude-code'], JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'mcp__railway__remove_volume', tool_input: { volume_id: 'vol_3f9a' }, cwd: CWD }), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir });
    expect({ stdout: r.stdout, code: r.code }).toEqual({ stdout: '', code: 0 });
    expect(gate.requests.length).toBe(before);
  });
});

describe('hook: rules from the user\'s settings are honoured', () => {
  it('a call only a user rule gates (here `npm publish`) is sent to the editor, through both entries', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-userrule-'));
    const file = path.join(home, '.destructive-gate', 'bin', 'hook-prefilter.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const base = JSON.parse(fs.readFileSync(path.join(leanHome, '.destructive-gate', 'bin', 'hook-prefilter.json'), 'utf8')) as { encoded: string };
    fs.writeFileSync(file, JSON.stringify({ ...base, encoded: `${base.encoded} npm`, user: { encoded: 'npm', mcp: false } }));
    gate.setAnswer({ answer: 'deny', outcome: 'cancelled', message: 'The user cancelled.' });
    try {
      for (const entry of [CLI, HOOK_ENTRY]) {
        const before = gate.requests.length;
        const r = await runCli(['hook', '--agent', 'claude-code'], JSON.stringify(shellPayload('claude-code', 'npm publish')), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir, HOME: home }, entry);
        expect(gate.requests.length).toBe(before + 1);
        expect({ stdout: r.stdout, code: r.code }).toEqual(expectedDeny('claude-code', declinedMessage('The user cancelled.')));
      }
      // Without the user rule the same call is answered at once.
      const before = gate.requests.length;
      const r = await runCli(['hook', '--agent', 'claude-code'], JSON.stringify(shellPayload('claude-code', 'npm publish')), { DESTRUCTIVE_GATE_REGISTRY_DIR: gate.registryDir, HOME: leanHome }, HOOK_ENTRY);
      expect({ stdout: r.stdout, code: r.code, asked: gate.requests.length - before }).toEqual({ stdout: '', code: 0, asked: 0 });
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
