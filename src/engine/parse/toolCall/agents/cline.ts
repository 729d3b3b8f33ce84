// Cline's PreToolUse script: `preToolUse: {toolName, parameters}`; the shell tool is
// `execute_command`, MCP calls are `use_mcp_tool` with server_name/tool_name/arguments
// (arguments as a JSON string).

import { invalidCall, mcpCall, namedToolCall, shellCall, type NormalisedToolCall } from '../toolCallKinds';
import { firstStringOfArray, type JsonRecord, readArgs, recordField, stringField } from '../payloadShape';
import { readShellCommand } from './shellCommandField';

export function readCline(p: JsonRecord): NormalisedToolCall {
  const event = stringField(p, 'hookName');
  const cwd = firstStringOfArray(p, 'workspaceRoots');
  const extra = { ...(cwd !== undefined ? { cwd } : {}), ...(event !== undefined ? { event } : {}) };
  const call = recordField(p, 'preToolUse');
  if (call === undefined) {
    if (event !== undefined && event !== 'PreToolUse') return { kind: 'other', tool: event, trace: [`cline ${event} carries no tool call`], ...extra };
    return invalidCall('cline payload has no preToolUse object', extra);
  }
  const name = stringField(call, 'toolName', 'tool');
  if (name === undefined || name === '') return invalidCall('cline preToolUse has no toolName', extra);
  const params = readArgs(call['parameters'], 'cline parameters');
  if (!params.ok) return invalidCall(params.reason, extra);
  if (name === 'execute_command') {
    const cmd = readShellCommand(params.args, 'cline execute_command');
    if (!cmd.ok) return invalidCall(cmd.reason, extra);
    return shellCall(cmd.command, ['cline execute_command'], extra);
  }
  if (name === 'use_mcp_tool') {
    const tool = stringField(params.args, 'tool_name');
    if (tool === undefined || tool === '') return invalidCall('cline use_mcp_tool has no tool_name', extra);
    const args = readArgs(params.args['arguments'], 'cline use_mcp_tool arguments');
    if (!args.ok) return invalidCall(args.reason, extra);
    return mcpCall(stringField(params.args, 'server_name') ?? '', tool, args.args, ['cline use_mcp_tool'], extra);
  }
  return namedToolCall('cline', name, params.args, extra);
}
