// "Protect an MCP server": rewrites a stdio server entry so the client starts it through
// `mcp-proxy` (via the stable launcher), and undoes that. Cursor (~/.cursor/mcp.json) and Claude
// Code (~/.claude.json) keep servers under `mcpServers`; VS Code's user mcp.json under `servers`.

import * as path from 'node:path';
import type { FileChange, FilePlan } from './filePlan';
import { parseRoot, removeValue, setValue, valueAt } from './jsoncHookList';
import { launcherPaths } from './launcher';

export interface McpConfigFile {
  client: 'Cursor' | 'VS Code' | 'Claude Code';
  path: string;
  key: 'mcpServers' | 'servers';
}

export function mcpConfigFiles(home: string, vscodeUserDir: string | undefined): McpConfigFile[] {
  const files: McpConfigFile[] = [
    { client: 'Cursor', path: path.join(home, '.cursor', 'mcp.json'), key: 'mcpServers' },
    { client: 'Claude Code', path: path.join(home, '.claude.json'), key: 'mcpServers' },
  ];
  if (vscodeUserDir !== undefined) files.push({ client: 'VS Code', path: path.join(vscodeUserDir, 'mcp.json'), key: 'servers' });
  return files;
}

export interface McpServerEntry {
  file: McpConfigFile;
  name: string;
  /** The real server command (unwrapped when protected). */
  command: string[] | undefined;
  url: string | undefined;
  protected: boolean;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isLauncher(command: string): boolean {
  return /[\\/]\.destructive-gate[\\/]bin[\\/]dag-hook(\.cmd)?$/.test(command);
}

export function listMcpServers(files: readonly McpConfigFile[], read: (p: string) => string | undefined): McpServerEntry[] {
  const out: McpServerEntry[] = [];
  for (const file of files) {
    const text = read(file.path);
    if (text === undefined || !parseRoot(text).ok) continue;
    const servers = valueAt(text, [file.key]);
    if (typeof servers !== 'object' || servers === null || Array.isArray(servers)) continue;
    for (const [name, v] of Object.entries(servers as Record<string, unknown>)) {
      if (typeof v !== 'object' || v === null) continue;
      const e = v as Record<string, unknown>;
      const cmd = typeof e['command'] === 'string' ? e['command'] : undefined;
      const args = isStringArray(e['args']) ? e['args'] : [];
      const url = typeof e['url'] === 'string' ? e['url'] : undefined;
      if (cmd !== undefined && isLauncher(cmd) && args[0] === 'mcp-proxy') {
        const sep = args.indexOf('--');
        out.push({ file, name, command: sep === -1 ? undefined : args.slice(sep + 1), url, protected: true });
      } else {
        out.push({ file, name, command: cmd !== undefined ? [cmd, ...args] : undefined, url, protected: false });
      }
    }
  }
  return out;
}

export function planProtect(home: string, entry: McpServerEntry, read: (p: string) => string | undefined, platform: NodeJS.Platform = process.platform): FilePlan {
  const owner = `${entry.file.client} MCP server '${entry.name}'`;
  const before = read(entry.file.path);
  if (before === undefined) return { changes: [], problems: [{ owner, reason: `${entry.file.path} is gone` }] };
  if (entry.protected) return { changes: [], problems: [] };
  if (entry.command === undefined || entry.command.length === 0) {
    return { changes: [], problems: [{ owner, reason: 'a remote (URL) server cannot be proxied over stdio; its tool calls are gated by the agent hooks instead' }] };
  }
  const launcher = launcherPaths(home, platform).script;
  const base: (string | number)[] = [entry.file.key, entry.name];
  let r = setValue(before, [...base, 'command'], launcher);
  if (r.ok) r = setValue(r.text, [...base, 'args'], ['mcp-proxy', '--name', entry.name, '--', ...entry.command]);
  if (!r.ok) return { changes: [], problems: [{ owner, reason: r.reason }] };
  const change: FileChange = { path: entry.file.path, before, after: r.text, owner };
  return { changes: [change], problems: [] };
}

export function planUnprotect(entry: McpServerEntry, read: (p: string) => string | undefined): FilePlan {
  const owner = `${entry.file.client} MCP server '${entry.name}'`;
  const before = read(entry.file.path);
  if (before === undefined || !entry.protected) return { changes: [], problems: [] };
  if (entry.command === undefined || entry.command.length === 0) return { changes: [], problems: [{ owner, reason: 'the original server command could not be read back; restore it from the backup' }] };
  const base: (string | number)[] = [entry.file.key, entry.name];
  const [cmd, ...args] = entry.command;
  let r = setValue(before, [...base, 'command'], cmd);
  // An entry that had no args is written back without them.
  if (r.ok) r = args.length > 0 ? setValue(r.text, [...base, 'args'], args) : removeValue(r.text, [...base, 'args']);
  if (!r.ok) return { changes: [], problems: [{ owner, reason: r.reason }] };
  return { changes: [{ path: entry.file.path, before, after: r.text, owner }], problems: [] };
}
