// MCP tools that run a command line (`execute_command`, `run_shell`, a `command` argument):
// the text is read as the gate reads a line typed in the terminal.

import type { Hit, ToolRule } from '../rule';
import { hitsFromShellText } from '../interpreters/nestedShell';

const COMMAND_KEYS = new Set(['command', 'cmd', 'script', 'shell', 'commandline', 'command_line', 'bash', 'sh', 'shell_command', 'shellcommand']);

export const shellArgument: ToolRule = {
  id: 'mcp/shell-argument',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an MCP tool runs a shell command that the gate stops',
  tool: 'embedded',
  matchTool(call, ctx) {
    const hits: Hit[] = [];
    for (const [k, v] of Object.entries(call.args)) {
      if (!COMMAND_KEYS.has(k.toLowerCase())) continue;
      const text = typeof v === 'string' ? v : Array.isArray(v) && (v as unknown[]).every((x) => typeof x === 'string') ? (v as string[]).map(quote).join(' ') : undefined;
      if (text === undefined || text.trim() === '') continue;
      hits.push(...hitsFromShellText(text, ctx, `MCP tool ${call.tool}`));
    }
    return hits.length > 0 ? hits : undefined;
  },
};

function quote(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
