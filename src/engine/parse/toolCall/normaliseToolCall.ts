// Agent tool-call payloads → a shell command, an MCP call, or nothing to gate.
// (Filled per agent by the hook adapters' work; every shape is validated, never cast.)

import type { ToolCallInput } from '../../model/input';
import type { ToolCall } from '../../rules/rule';

export type NormalisedToolCall =
  | { kind: 'shell'; command: string; trace: string[] }
  | { kind: 'mcp'; call: ToolCall; trace: string[] }
  | { kind: 'other'; tool: string; trace: string[] }
  | { kind: 'invalid'; reason: string; trace: string[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function normaliseToolCall(input: ToolCallInput): NormalisedToolCall {
  const p = input.payload;
  if (!isRecord(p)) return { kind: 'invalid', reason: `${input.agent} payload is not a JSON object`, trace: [] };
  if (typeof p['command'] === 'string') return { kind: 'shell', command: p['command'], trace: [`${input.agent} shell call`] };
  const toolInput = p['tool_input'];
  if (isRecord(toolInput) && typeof toolInput['command'] === 'string') {
    return { kind: 'shell', command: toolInput['command'], trace: [`${input.agent} shell tool call`] };
  }
  return { kind: 'invalid', reason: `unrecognised ${input.agent} tool call`, trace: [] };
}
