// Agents prefix MCP tool names with the server: Claude Code, Codex and Gemini use
// `mcp__<server>__<tool>` (plugins: `mcp__plugin_<plugin>_<server>__<tool>`), Cursor's
// preToolUse uses `MCP:<tool>`, VS Code uses `mcp_<server>_<tool>`. The engine's rules read
// the bare tool name and the server separately.

export interface SplitToolName {
  server: string;
  tool: string;
}

export function splitDoubleUnderscoreName(name: string): SplitToolName | undefined {
  if (!name.startsWith('mcp__')) return undefined;
  const rest = name.slice('mcp__'.length);
  const sep = rest.indexOf('__');
  if (sep <= 0 || sep + 2 >= rest.length) return undefined;
  let server = rest.slice(0, sep);
  const pluginMatch = /^plugin_[^_]+_(.+)$/.exec(server);
  if (pluginMatch?.[1] !== undefined) server = pluginMatch[1];
  return { server, tool: rest.slice(sep + 2) };
}

/** VS Code's `mcp_<server>_<tool>`: the server name cannot contain `_` there, so the first segment is the server. */
export function splitSingleUnderscoreName(name: string): SplitToolName | undefined {
  if (!name.startsWith('mcp_') || name.startsWith('mcp__')) return undefined;
  const rest = name.slice('mcp_'.length);
  const sep = rest.indexOf('_');
  if (sep <= 0 || sep + 1 >= rest.length) return undefined;
  return { server: rest.slice(0, sep), tool: rest.slice(sep + 1) };
}

export function splitPrefixedName(name: string): SplitToolName | undefined {
  if (name.startsWith('MCP:')) {
    const tool = name.slice('MCP:'.length);
    return tool ? (splitDoubleUnderscoreName(tool) ?? { server: '', tool }) : undefined;
  }
  return splitDoubleUnderscoreName(name) ?? splitSingleUnderscoreName(name);
}

const RUNNERS = new Set(['npx', 'uvx', 'bunx', 'pnpx', 'node', 'python', 'python3', 'deno', 'bun', 'docker', 'pipx', 'uv']);

/**
 * A readable server label from how it is started: `railway mcp` → `railway`,
 * `npx -y @railway/mcp-server` → `@railway/mcp-server`, a URL → its host.
 */
export function serverLabel(command: readonly string[] | undefined, url: string | undefined): string {
  if (url !== undefined) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url);
    return m?.[1] ?? url;
  }
  if (command === undefined || command.length === 0) return '';
  const base = (command[0] ?? '').split(/[\\/]/).pop() ?? '';
  if (!RUNNERS.has(base.replace(/\.exe$/i, ''))) return base.replace(/\.exe$/i, '');
  for (const word of command.slice(1)) {
    if (word.startsWith('-') || word === 'run' || word === 'dlx' || word === 'tool') continue;
    return word;
  }
  return base;
}

/** Splits a stdio server command line given as one string (Cursor's `command` field). */
export function splitCommandLine(line: string): string[] {
  return line.trim().split(/\s+/).filter(Boolean);
}
