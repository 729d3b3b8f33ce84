import { describe, expect, it } from 'vitest';
import { normaliseToolCall } from '../../../../../src/engine/parse/toolCall/normaliseToolCall';
import type { AgentName } from '../../../../../src/engine/model/input';

function read(agent: AgentName, payload: unknown) {
  return normaliseToolCall({ agent, payload });
}

describe('normaliseToolCall: shell tool calls', () => {
  const cases: [string, AgentName, unknown, string, string | undefined][] = [
    ['cursor beforeShellExecution', 'cursor', { hook_event_name: 'beforeShellExecution', command: 'rm -rf important', cwd: '/w', workspace_roots: ['/w'] }, 'rm -rf important', '/w'],
    ['cursor beforeShellExecution with empty cwd falls back to the workspace root', 'cursor', { hook_event_name: 'beforeShellExecution', command: 'ls', cwd: '', workspace_roots: ['/root/app'] }, 'ls', '/root/app'],
    ['cursor preToolUse Shell', 'cursor', { hook_event_name: 'preToolUse', tool_name: 'Shell', tool_input: { command: 'git reset --hard', cwd: '/w/sub', timeout: 3 }, tool_use_id: 't', cwd: '/w' }, 'git reset --hard', '/w/sub'],
    ['claude-code Bash', 'claude-code', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf x', description: 'd' }, cwd: '/repo' }, 'rm -rf x', '/repo'],
    ['vscode run_in_terminal', 'vscode', { hook_event_name: 'PreToolUse', tool_name: 'run_in_terminal', tool_input: { command: 'rm -rf x', explanation: 'e', goal: 'g', mode: 'sync' }, cwd: '/repo' }, 'rm -rf x', '/repo'],
    ['vscode copilot_runInTerminal', 'vscode', { hook_event_name: 'PreToolUse', tool_name: 'copilot_runInTerminal', tool_input: { command: 'rm -rf x' }, cwd: '/repo' }, 'rm -rf x', '/repo'],
    ['Cursor run_terminal_cmd through a Claude-format hook', 'claude-code', { hook_event_name: 'PreToolUse', tool_name: 'run_terminal_cmd', tool_input: { command: 'rm -rf x' }, cwd: '/repo' }, 'rm -rf x', '/repo'],
    ['vscode runTerminalCommand with camelCase common fields', 'vscode', { hookEventName: 'PreToolUse', tool_name: 'runTerminalCommand', tool_input: { command: 'ls' }, cwd: '/r' }, 'ls', '/r'],
    ['gemini run_shell_command with dir_path', 'gemini', { hook_event_name: 'BeforeTool', tool_name: 'run_shell_command', tool_input: { command: 'rm -rf x', dir_path: 'sub' }, cwd: '/repo' }, 'rm -rf x', '/repo/sub'],
    ['codex Bash with a string', 'codex', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf x' }, cwd: '/c' }, 'rm -rf x', '/c'],
    ['codex Bash with an argv array through bash -lc', 'codex', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: ['bash', '-lc', 'rm -rf x'] }, cwd: '/c' }, 'rm -rf x', '/c'],
    ['codex Bash with a plain argv array', 'codex', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: ['rm', '-rf', 'my dir'] }, cwd: '/c' }, "rm -rf 'my dir'", '/c'],
    ['windsurf pre_run_command', 'windsurf', { agent_action_name: 'pre_run_command', trajectory_id: 't', execution_id: 'e', tool_info: { command_line: 'rm -rf x', cwd: '/ws' } }, 'rm -rf x', '/ws'],
    ['cline execute_command', 'cline', { clineVersion: '3.36', hookName: 'PreToolUse', taskId: 't', workspaceRoots: ['/cl'], preToolUse: { toolName: 'execute_command', parameters: { command: 'rm -rf x', requires_approval: 'false' } } }, 'rm -rf x', '/cl'],
    ['copilot-cli camelCase with toolArgs as a JSON string', 'copilot-cli', { sessionId: 's', timestamp: 1, cwd: '/cp', toolName: 'bash', toolArgs: '{"command":"rm -rf x"}' }, 'rm -rf x', '/cp'],
    ['copilot-cli PascalCase registration', 'copilot-cli', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf x' }, cwd: '/cp' }, 'rm -rf x', '/cp'],
  ];
  it.each(cases)('%s', (_name, agent, payload, command, cwd) => {
    const r = read(agent, payload);
    expect(r.kind).toBe('shell');
    if (r.kind === 'shell') expect(r.command).toBe(command);
    expect(r.cwd).toBe(cwd);
  });
});

describe('normaliseToolCall: MCP calls, prefix stripped', () => {
  const cases: [string, AgentName, unknown, string, string, Record<string, unknown>][] = [
    ['claude-code mcp__railway__remove_volume', 'claude-code', { tool_name: 'mcp__railway__remove_volume', tool_input: { volume_id: 'vol_1', confirm: true }, cwd: '/r' }, 'railway', 'remove_volume', { volume_id: 'vol_1', confirm: true }],
    ['claude-code plugin MCP tool', 'claude-code', { tool_name: 'mcp__plugin_ops_railway__remove_volume', tool_input: { volume_id: 'v' } }, 'railway', 'remove_volume', { volume_id: 'v' }],
    ['cursor beforeMCPExecution with tool_input as a JSON string and a stdio command', 'cursor', { hook_event_name: 'beforeMCPExecution', tool_name: 'remove_volume', tool_input: '{"volume_id":"vol_1"}', command: 'railway mcp', workspace_roots: ['/w'] }, 'railway', 'remove_volume', { volume_id: 'vol_1' }],
    ['cursor beforeMCPExecution for an HTTP server', 'cursor', { hook_event_name: 'beforeMCPExecution', tool_name: 'execute_sql', tool_input: '{"query":"DROP TABLE users"}', url: 'https://mcp.supabase.com/mcp' }, 'mcp.supabase.com', 'execute_sql', { query: 'DROP TABLE users' }],
    ['cursor beforeMCPExecution through npx', 'cursor', { hook_event_name: 'beforeMCPExecution', tool_name: 'delete_branch', tool_input: '{}', command: 'npx -y @neondatabase/mcp-server-neon start' }, '@neondatabase/mcp-server-neon', 'delete_branch', {}],
    ['cursor preToolUse MCP:<tool>', 'cursor', { hook_event_name: 'preToolUse', tool_name: 'MCP:remove_volume', tool_input: { volume_id: 'v' } }, '', 'remove_volume', { volume_id: 'v' }],
    ['vscode mcp_<server>_<tool>', 'vscode', { tool_name: 'mcp_railway_remove_volume', tool_input: { volume_id: 'v' } }, 'railway', 'remove_volume', { volume_id: 'v' }],
    ['gemini mcp__server__tool', 'gemini', { hook_event_name: 'BeforeTool', tool_name: 'mcp__railway__remove_volume', tool_input: { volume_id: 'v' } }, 'railway', 'remove_volume', { volume_id: 'v' }],
    ['gemini bare tool with mcp_context', 'gemini', { hook_event_name: 'BeforeTool', tool_name: 'remove_volume', tool_input: { volume_id: 'v' }, mcp_context: { server_name: 'railway', tool_name: 'remove_volume' } }, 'railway', 'remove_volume', { volume_id: 'v' }],
    ['codex mcp__server__tool', 'codex', { tool_name: 'mcp__postgres__query', tool_input: { sql: 'TRUNCATE t' } }, 'postgres', 'query', { sql: 'TRUNCATE t' }],
    ['windsurf pre_mcp_tool_use', 'windsurf', { agent_action_name: 'pre_mcp_tool_use', tool_info: { mcp_server_name: 'railway', mcp_tool_name: 'remove_volume', mcp_tool_arguments: { volume_id: 'v' } } }, 'railway', 'remove_volume', { volume_id: 'v' }],
    ['cline use_mcp_tool with arguments as a JSON string', 'cline', { hookName: 'PreToolUse', preToolUse: { toolName: 'use_mcp_tool', parameters: { server_name: 'railway', tool_name: 'remove_volume', arguments: '{"volume_id":"v"}' } } }, 'railway', 'remove_volume', { volume_id: 'v' }],
    ['JSON-RPC tools/call with a stdio server', 'mcp', { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'remove_volume', arguments: { volume_id: 'v', confirm: true } }, server: { command: ['railway', 'mcp'] } }, 'railway', 'remove_volume', { volume_id: 'v', confirm: true }],
    ['JSON-RPC tools/call with a URL server', 'mcp', { jsonrpc: '2.0', id: 'a', method: 'tools/call', params: { name: 'drop' }, server: { url: 'https://db.example.com/mcp' } }, 'db.example.com', 'drop', {}],
    ['an unknown built-in tool is judged as a structured call', 'claude-code', { tool_name: 'DropDatabase', tool_input: { name: 'prod' } }, '', 'DropDatabase', { name: 'prod' }],
  ];
  it.each(cases)('%s', (_name, agent, payload, server, tool, args) => {
    const r = read(agent, payload);
    expect(r.kind).toBe('mcp');
    if (r.kind === 'mcp') expect(r.call).toEqual({ server, tool, args });
  });
});

describe('normaliseToolCall: file-deleting tools read as rm', () => {
  it.each([
    ['cursor Delete of one file', 'cursor' as AgentName, { hook_event_name: 'preToolUse', tool_name: 'Delete', tool_input: { path: 'notes.txt' } }, 'rm notes.txt'],
    ['a delete_file tool with a spaced path', 'vscode' as AgentName, { tool_name: 'delete_file', tool_input: { filePath: '/w/my file.db' } }, "rm '/w/my file.db'"],
    ['a recursive delete', 'claude-code' as AgentName, { tool_name: 'delete_file', tool_input: { path: 'src', recursive: true } }, 'rm -r src'],
    ['a path that looks like an option', 'claude-code' as AgentName, { tool_name: 'remove_file', tool_input: { path: '-rf' } }, 'rm -- -rf'],
  ])('%s', (_n, agent, payload, command) => {
    const r = read(agent, payload);
    expect(r).toMatchObject({ kind: 'shell', command });
  });
});

describe('normaliseToolCall: tools with nothing to gate', () => {
  it.each([
    ['claude-code Read', 'claude-code' as AgentName, { tool_name: 'Read', tool_input: { file_path: '/a' } }],
    ['claude-code Grep', 'claude-code' as AgentName, { tool_name: 'Grep', tool_input: { pattern: 'x' } }],
    ['vscode read_file', 'vscode' as AgentName, { tool_name: 'read_file', tool_input: { filePath: '/a', startLine: 1, endLine: 2 } }],
    ['gemini read_many_files', 'gemini' as AgentName, { tool_name: 'read_many_files', tool_input: {} }],
    ['cursor Grep', 'cursor' as AgentName, { hook_event_name: 'preToolUse', tool_name: 'Grep', tool_input: {} }],
    ['cursor beforeReadFile', 'cursor' as AgentName, { hook_event_name: 'beforeReadFile', file_path: '/a', content: '' }],
    ['windsurf pre_read_code', 'windsurf' as AgentName, { agent_action_name: 'pre_read_code', tool_info: { file_path: '/a' } }],
    ['cline read_file', 'cline' as AgentName, { hookName: 'PreToolUse', preToolUse: { toolName: 'read_file', parameters: { path: 'a' } } }],
    ['JSON-RPC tools/list', 'mcp' as AgentName, { jsonrpc: '2.0', id: 1, method: 'tools/list' }],
  ])('%s', (_n, agent, payload) => {
    expect(read(agent, payload).kind).toBe('other');
  });
});

describe('normaliseToolCall: malformed input is invalid, never a guess', () => {
  it.each([
    ['not an object', 'claude-code' as AgentName, 'rm -rf x'],
    ['an array', 'cursor' as AgentName, [1, 2]],
    ['null', 'vscode' as AgentName, null],
    ['no tool name', 'claude-code' as AgentName, { tool_input: { command: 'rm -rf x' } }],
    ['a shell tool with no command', 'claude-code' as AgentName, { tool_name: 'Bash', tool_input: {} }],
    ['a shell tool whose command is a number', 'vscode' as AgentName, { tool_name: 'run_in_terminal', tool_input: { command: 42 } }],
    ['a shell tool with an empty command', 'gemini' as AgentName, { tool_name: 'run_shell_command', tool_input: { command: '  ' } }],
    ['cursor MCP tool_input that is not JSON', 'cursor' as AgentName, { hook_event_name: 'beforeMCPExecution', tool_name: 'x', tool_input: '{not json' }],
    ['cursor MCP tool_input that is a JSON array', 'cursor' as AgentName, { hook_event_name: 'beforeMCPExecution', tool_name: 'x', tool_input: '[1]' }],
    ['cursor beforeShellExecution without a command', 'cursor' as AgentName, { hook_event_name: 'beforeShellExecution', cwd: '/w' }],
    ['copilot-cli toolArgs that is not JSON', 'copilot-cli' as AgentName, { toolName: 'bash', toolArgs: 'rm -rf x' }],
    ['windsurf without an action name', 'windsurf' as AgentName, { tool_info: { command_line: 'rm -rf x' } }],
    ['windsurf pre_run_command without a command line', 'windsurf' as AgentName, { agent_action_name: 'pre_run_command', tool_info: {} }],
    ['cline without preToolUse', 'cline' as AgentName, { hookName: 'PreToolUse' }],
    ['a delete tool without a path', 'claude-code' as AgentName, { tool_name: 'delete_file', tool_input: {} }],
    ['JSON-RPC tools/call without a name', 'mcp' as AgentName, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: {} }],
    ['an unknown agent', 'nobody' as AgentName, {}],
  ])('%s', (_n, agent, payload) => {
    expect(read(agent, payload).kind).toBe('invalid');
  });
});
