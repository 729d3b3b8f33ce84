// Windsurf / Devin Desktop (Cascade): `agent_action_name` names the event; the call sits in
// `tool_info`: {command_line, cwd} for pre_run_command, {mcp_server_name, mcp_tool_name,
// mcp_tool_arguments} for pre_mcp_tool_use.

import { invalidCall, mcpCall, shellCall, type NormalisedToolCall } from '../toolCallKinds';
import { type JsonRecord, nonEmptyStringField, readArgs, recordField, stringField } from '../payloadShape';

export function readWindsurf(p: JsonRecord): NormalisedToolCall {
  const event = stringField(p, 'agent_action_name');
  const info = recordField(p, 'tool_info');
  const cwd = info ? nonEmptyStringField(info, 'cwd') : undefined;
  const extra = { ...(cwd !== undefined ? { cwd } : {}), ...(event !== undefined ? { event } : {}) };
  if (event === undefined) return invalidCall('windsurf payload has no agent_action_name', extra);
  if (event === 'pre_run_command') {
    const line = info ? stringField(info, 'command_line', 'command') : undefined;
    if (line === undefined || line.trim() === '') return invalidCall('windsurf pre_run_command has no tool_info.command_line', extra);
    return shellCall(line, ['windsurf pre_run_command'], extra);
  }
  if (event === 'pre_mcp_tool_use') {
    const tool = info ? stringField(info, 'mcp_tool_name') : undefined;
    if (info === undefined || tool === undefined || tool === '') return invalidCall('windsurf pre_mcp_tool_use has no tool_info.mcp_tool_name', extra);
    const args = readArgs(info['mcp_tool_arguments'], 'windsurf mcp_tool_arguments');
    if (!args.ok) return invalidCall(args.reason, extra);
    return mcpCall(stringField(info, 'mcp_server_name') ?? '', tool, args.args, ['windsurf pre_mcp_tool_use'], extra);
  }
  return { kind: 'other', tool: event, trace: [`windsurf ${event} carries no shell or MCP call`], ...extra };
}
