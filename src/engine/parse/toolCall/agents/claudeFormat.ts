// The Claude Code PreToolUse shape, which VS Code, Codex, Gemini and Copilot CLI (PascalCase
// registration) also send: `tool_name` + `tool_input` object + `cwd`.

import { invalidCall, isShellToolName, namedToolCall, shellCall, type NormalisedToolCall } from '../toolCallKinds';
import { type JsonRecord, nonEmptyStringField, readArgs, stringField } from '../payloadShape';
import { readShellCommand } from './shellCommandField';

export interface ClaudeFormatOptions {
  agent: string;
  /** Field the working folder is in, besides `cwd`. */
  cwd?: string;
  /** Tool input that is a JSON string instead of an object is accepted. */
  argsMayBeString?: boolean;
}

export function readClaudeFormat(p: JsonRecord, opts: ClaudeFormatOptions): NormalisedToolCall {
  const event = stringField(p, 'hook_event_name', 'hookEventName');
  const cwd = opts.cwd ?? nonEmptyStringField(p, 'cwd');
  const extra = { ...(cwd !== undefined ? { cwd } : {}), ...(event !== undefined ? { event } : {}) };
  const name = stringField(p, 'tool_name', 'toolName');
  if (name === undefined || name === '') return invalidCall(`${opts.agent} payload has no tool_name`, extra);
  const args = readArgs(p['tool_input'] ?? p['toolInput'] ?? p['toolArgs'], `${opts.agent} tool_input`);
  if (!args.ok) return invalidCall(args.reason, extra);
  if (isShellToolName(name)) {
    const cmd = readShellCommand(args.args, `${opts.agent} ${name} call`);
    if (!cmd.ok) return invalidCall(cmd.reason, extra);
    return shellCall(cmd.command, [`${opts.agent} ${name} call`], extra);
  }
  return namedToolCall(opts.agent, name, args.args, extra);
}
