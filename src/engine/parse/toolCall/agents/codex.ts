import type { NormalisedToolCall } from '../toolCallKinds';
import type { JsonRecord } from '../payloadShape';
import { readClaudeFormat } from './claudeFormat';

/** OpenAI Codex PreToolUse: `Bash` (command as a string or an argv array), `apply_patch`, `mcp__server__tool`. */
export function readCodex(p: JsonRecord): NormalisedToolCall {
  return readClaudeFormat(p, { agent: 'codex' });
}
