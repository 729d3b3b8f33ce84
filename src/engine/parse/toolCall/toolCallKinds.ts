// What an agent tool call is, once read: a shell line, an MCP (or other structured) tool call,
// a tool that cannot destroy anything, or input that could not be read (which the gate treats as
// "cannot verify"). Tool names the reader does not know are judged as structured tool calls, so a
// new built-in tool called `drop_database` is still caught by the tool rules.

import type { ToolCall } from '../../rules/rule';
import { fileDeleteAsShell, isFileDeleteTool } from './fileDeleteTool';
import { splitPrefixedName } from './mcpToolName';
import type { JsonRecord } from './payloadShape';

interface Common {
  trace: string[];
  /** The working folder the agent reported for this call, when it did. */
  cwd?: string;
  /** The agent's hook event, as sent. */
  event?: string;
}

export type NormalisedToolCall = Common &
  (
    | { kind: 'shell'; command: string }
    | { kind: 'mcp'; call: ToolCall }
    | { kind: 'other'; tool: string }
    | { kind: 'invalid'; reason: string }
  );

// Every spelling agents use for their shell tool (compared without case, `_`, `-` or spaces):
// Claude/Codex `Bash`, Cursor `Shell`/`run_terminal_cmd`, VS Code `run_in_terminal`/`runTerminalCommand`/
// `copilot_runInTerminal`, Gemini `run_shell_command`, Cline `execute_command`, Codex `shell`/`local_shell`/`exec_command`.
const SHELL_TOOLS = new Set(['bash', 'shell', 'runinterminal', 'runterminalcommand', 'copilotruninterminal', 'runterminalcmd', 'runcommand', 'runshellcommand', 'executecommand', 'localshell', 'execcommand', 'powershell', 'terminal']);

// Tools that read, search, plan or edit: none of them destroys data the way the policy means it
// (in-place edits are out of scope), so they are let through without a question.
const HARMLESS_TOOLS = new Set([
  'read', 'readfile', 'readmanyfiles', 'view', 'grep', 'glob', 'ls', 'listdirectory', 'listdir', 'listfiles', 'search',
  'searchfiles', 'searchfilecontent', 'codebasesearch', 'filesearch', 'semanticsearch', 'webfetch', 'websearch',
  'googlewebsearch', 'fetch', 'fetchwebpage', 'todowrite', 'todoread', 'task', 'agent', 'exitplanmode', 'write', 'writefile',
  'writetofile', 'edit', 'multiedit', 'replace', 'replaceinfile', 'strreplace', 'applypatch', 'notebookedit', 'notebookread',
  'savememory', 'askfollowupquestion', 'attemptcompletion', 'listcodedefinitionnames', 'accessmcpresource',
  'getterminaloutput', 'insertedit', 'createfile', 'editfile', 'runsubagent', 'newtask', 'readmcpresource', 'skill',
  'slashcommand', 'killshell', 'bashoutput', 'getchanges', 'problems', 'testfailure', 'findtestfiles', 'usages',
  'createdirectory', 'think', 'updateplan', 'viewimage',
]);

function key(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

export function isShellToolName(name: string): boolean {
  return SHELL_TOOLS.has(key(name));
}

export function shellCall(command: string, trace: string[], extra: Omit<Common, 'trace'> = {}): NormalisedToolCall {
  return { kind: 'shell', command, trace, ...extra };
}

export function invalidCall(reason: string, extra: Omit<Common, 'trace'> = {}): NormalisedToolCall {
  return { kind: 'invalid', reason, trace: [`could not read the tool call: ${reason}`], ...extra };
}

export function mcpCall(server: string, tool: string, args: JsonRecord, trace: string[], extra: Omit<Common, 'trace'> = {}): NormalisedToolCall {
  return { kind: 'mcp', call: { server, tool, args }, trace: [...trace, `MCP tool ${server ? `${server}.` : ''}${tool}`], ...extra };
}

/**
 * A named, non-shell tool with object arguments (the shell tools are read by each agent's
 * reader, which knows where the command text sits).
 */
export function namedToolCall(agent: string, name: string, args: JsonRecord, extra: Omit<Common, 'trace'> = {}): NormalisedToolCall {
  const split = splitPrefixedName(name);
  if (split !== undefined) return mcpCall(split.server, split.tool, args, [`${agent} MCP tool ${name}`], extra);
  if (isFileDeleteTool(name)) {
    const read = fileDeleteAsShell(name, args);
    if (!read.ok) return invalidCall(read.reason, extra);
    return shellCall(read.command, [`${agent} file-delete tool ${name} read as \`${read.command}\``], extra);
  }
  if (HARMLESS_TOOLS.has(key(name))) return { kind: 'other', tool: name, trace: [`${agent} tool ${name} reads, searches or edits: nothing to gate`], ...extra };
  return mcpCall('', name, args, [`${agent} tool ${name} is not one the reader knows: judged as a structured tool call`], extra);
}
