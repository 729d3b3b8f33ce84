// Agent tool-call payloads → a shell command, an MCP call, a harmless tool, or unreadable input.
// Each agent's reader knows that agent's stdin shape (research/agent-hooks.md §1–4, §6.1);
// every field is validated, nothing is cast.

import type { AgentName, ToolCallInput } from '../../model/input';
import { readClaudeCode } from './agents/claudeCode';
import { readCline } from './agents/cline';
import { readCodex } from './agents/codex';
import { readCopilotCli } from './agents/copilotCli';
import { readCursor } from './agents/cursor';
import { readGemini } from './agents/gemini';
import { readJsonRpc } from './agents/jsonRpc';
import { readVscode } from './agents/vscode';
import { readWindsurf } from './agents/windsurf';
import { isRecord, type JsonRecord } from './payloadShape';
import { invalidCall, type NormalisedToolCall } from './toolCallKinds';

export type { NormalisedToolCall } from './toolCallKinds';

const READERS: Readonly<Record<AgentName, (p: JsonRecord) => NormalisedToolCall>> = {
  cursor: readCursor,
  'claude-code': readClaudeCode,
  vscode: readVscode,
  gemini: readGemini,
  codex: readCodex,
  windsurf: readWindsurf,
  cline: readCline,
  'copilot-cli': readCopilotCli,
  mcp: readJsonRpc,
};

export function normaliseToolCall(input: ToolCallInput): NormalisedToolCall {
  const reader = Object.prototype.hasOwnProperty.call(READERS, input.agent) ? READERS[input.agent] : undefined;
  if (reader === undefined) return invalidCall(`unknown agent '${String(input.agent)}'`);
  const p = input.payload;
  if (!isRecord(p)) return invalidCall(`${input.agent} payload is not a JSON object`);
  return reader(p);
}
