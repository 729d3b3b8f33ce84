import type { NormalisedToolCall } from '../toolCallKinds';
import type { JsonRecord } from '../payloadShape';
import { readClaudeFormat } from './claudeFormat';

/**
 * VS Code / GitHub Copilot agent PreToolUse: `run_in_terminal` (docs: `runTerminalCommand`) with
 * `tool_input.command`; MCP tools as `mcp_<server>_<tool>` or Claude's `mcp__` form. The docs
 * spell the common fields camelCase, observed payloads snake_case: both are read.
 */
export function readVscode(p: JsonRecord): NormalisedToolCall {
  return readClaudeFormat(p, { agent: 'vscode' });
}
