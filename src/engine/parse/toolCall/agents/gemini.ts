import { mcpCall, type NormalisedToolCall } from '../toolCallKinds';
import { type JsonRecord, nonEmptyStringField, readArgs, recordField, stringField } from '../payloadShape';
import { readClaudeFormat } from './claudeFormat';

/**
 * Gemini CLI BeforeTool: `run_shell_command` (`tool_input.command`, optional `dir_path`),
 * MCP tools as `mcp__server__tool` or a bare name with `mcp_context.server_name`.
 */
export function readGemini(p: JsonRecord): NormalisedToolCall {
  const input = recordField(p, 'tool_input');
  const base = nonEmptyStringField(p, 'cwd');
  const dir = input ? nonEmptyStringField(input, 'dir_path', 'directory') : undefined;
  const cwd = dir === undefined ? base : dir.startsWith('/') || base === undefined ? dir : `${base.replace(/\/+$/, '')}/${dir}`;
  const mcpContext = recordField(p, 'mcp_context');
  const name = stringField(p, 'tool_name');
  if (mcpContext !== undefined && name !== undefined && name !== '' && !name.startsWith('mcp__')) {
    const server = stringField(mcpContext, 'server_name', 'serverName') ?? '';
    const tool = stringField(mcpContext, 'tool_name', 'toolName') ?? name;
    const args = readArgs(p['tool_input'], 'gemini tool_input');
    const event = stringField(p, 'hook_event_name');
    const extra = { ...(cwd !== undefined ? { cwd } : {}), ...(event !== undefined ? { event } : {}) };
    if (args.ok) return mcpCall(server, tool, args.args, [`gemini MCP tool ${name}`], extra);
  }
  return readClaudeFormat(p, { agent: 'gemini', ...(cwd !== undefined ? { cwd } : {}) });
}
