import type { NormalisedToolCall } from '../toolCallKinds';
import type { JsonRecord } from '../payloadShape';
import { readClaudeFormat } from './claudeFormat';

/** Claude Code PreToolUse: `Bash` → shell, `mcp__server__tool` → MCP. */
export function readClaudeCode(p: JsonRecord): NormalisedToolCall {
  return readClaudeFormat(p, { agent: 'claude-code' });
}
