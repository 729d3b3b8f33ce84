// Cursor sends three blocking events for tool calls, each with its own shape:
// beforeShellExecution {command, cwd (sometimes "")}, beforeMCPExecution {tool_name,
// tool_input (a JSON string), command|url of the server}, preToolUse {tool_name: Shell|MCP:<n>|…,
// tool_input object}. Other events carry nothing destructive.

import { invalidCall, mcpCall, namedToolCall, shellCall, type NormalisedToolCall } from '../toolCallKinds';
import { splitCommandLine, splitPrefixedName, serverLabel } from '../mcpToolName';
import { firstStringOfArray, type JsonRecord, nonEmptyStringField, readArgs, recordField, stringField } from '../payloadShape';
import { readShellCommand } from './shellCommandField';

export function readCursor(p: JsonRecord): NormalisedToolCall {
  const event = stringField(p, 'hook_event_name');
  const root = firstStringOfArray(p, 'workspace_roots');
  const topCwd = nonEmptyStringField(p, 'cwd') ?? root;
  const extra = (cwd: string | undefined) => ({ ...(cwd !== undefined ? { cwd } : {}), ...(event !== undefined ? { event } : {}) });

  if (event === 'beforeShellExecution' || (event === undefined && typeof p['command'] === 'string' && p['tool_name'] === undefined)) {
    const cmd = readShellCommand(p, 'cursor beforeShellExecution');
    if (!cmd.ok) return invalidCall(cmd.reason, extra(topCwd));
    return shellCall(cmd.command, ['cursor beforeShellExecution'], extra(topCwd));
  }
  const name = stringField(p, 'tool_name');
  if (event === 'beforeMCPExecution') {
    if (name === undefined || name === '') return invalidCall('cursor beforeMCPExecution has no tool_name', extra(topCwd));
    const args = readArgs(p['tool_input'], 'cursor tool_input');
    if (!args.ok) return invalidCall(args.reason, extra(topCwd));
    const url = stringField(p, 'url');
    const command = stringField(p, 'command');
    const split = splitPrefixedName(name);
    const server = split?.server || serverLabel(command !== undefined ? splitCommandLine(command) : undefined, url);
    return mcpCall(server, split?.tool ?? name, args.args, ['cursor beforeMCPExecution'], extra(topCwd));
  }
  if (event === 'preToolUse' || (event === undefined && name !== undefined)) {
    if (name === undefined || name === '') return invalidCall('cursor preToolUse has no tool_name', extra(topCwd));
    const args = readArgs(p['tool_input'], 'cursor tool_input');
    if (!args.ok) return invalidCall(args.reason, extra(topCwd));
    if (name === 'Shell') {
      const input = recordField(p, 'tool_input');
      const cwd = (input ? nonEmptyStringField(input, 'cwd') : undefined) ?? topCwd;
      const cmd = readShellCommand(args.args, 'cursor Shell call');
      if (!cmd.ok) return invalidCall(cmd.reason, extra(cwd));
      return shellCall(cmd.command, ['cursor preToolUse Shell'], extra(cwd));
    }
    return namedToolCall('cursor', name, args.args, extra(topCwd));
  }
  return { kind: 'other', tool: event ?? 'unknown', trace: [`cursor ${event ?? 'event'} carries no tool call`], ...extra(topCwd) };
}
