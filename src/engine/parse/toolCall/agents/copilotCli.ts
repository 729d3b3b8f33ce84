import type { NormalisedToolCall } from '../toolCallKinds';
import type { JsonRecord } from '../payloadShape';
import { readClaudeFormat } from './claudeFormat';

/**
 * GitHub Copilot CLI preToolUse. Registered camelCase it sends `toolName` + `toolArgs` (a JSON
 * string); registered PascalCase it sends Claude's `tool_name` + `tool_input`.
 */
export function readCopilotCli(p: JsonRecord): NormalisedToolCall {
  return readClaudeFormat(p, { agent: 'copilot-cli' });
}
