// `cli.js mcp-proxy [--name <label>] [--fail-mode deny|allow] -- <server command...>`: runs the
// real MCP server as a child and relays stdio through the gate (see src/cli/mcp/mcpProxy.ts).

import { spawn } from 'node:child_process';
import type { Verb } from '../verb';
import { evaluate } from '../../engine/evaluate';
import { serverLabel } from '../../engine/parse/toolCall/mcpToolName';
import { askEditor } from '../hooks/askEditor';
import type { FailMode } from '../hooks/runHook';
import { McpProxy } from '../mcp/mcpProxy';

function stringEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (typeof v === 'string') out[k] = v;
  return out;
}

export const mcpProxyVerb: Verb = {
  name: 'mcp-proxy',
  summary: 'relay an MCP server over stdio, gating destructive tools/call (-- <server command...>)',
  async run(args: string[]): Promise<number> {
    const sep = args.indexOf('--');
    const own = sep === -1 ? [] : args.slice(0, sep);
    const command = sep === -1 ? args : args.slice(sep + 1);
    if (command.length === 0) {
      process.stderr.write('usage: cli.js mcp-proxy [--name <label>] [--fail-mode deny|allow] -- <server command> [args...]\n');
      return 1;
    }
    const nameAt = own.indexOf('--name');
    const label = (nameAt !== -1 ? own[nameAt + 1] : undefined) ?? serverLabel(command, undefined);
    const fmAt = own.indexOf('--fail-mode');
    const fm = fmAt !== -1 ? own[fmAt + 1] : undefined;
    const failMode: FailMode | undefined = fm === 'allow' || fm === 'deny' ? fm : undefined;
    const debug = process.env['DESTRUCTIVE_GATE_DEBUG'] === '1';

    const child = spawn(command[0] as string, command.slice(1), { stdio: ['pipe', 'pipe', 'inherit'], shell: process.platform === 'win32' });
    const env = stringEnv();
    const cwd = process.cwd();
    const proxy = new McpProxy({
      clientIn: process.stdin,
      clientOut: process.stdout,
      serverIn: child.stdin,
      serverOut: child.stdout,
      serverCommand: command,
      serverLabel: label,
      judge: (tool) => evaluate({ tool, cwd, env: process.env }),
      ask: (body) => askEditor(body, { env: process.env }),
      cwd,
      env,
      ...(failMode ? { failMode } : {}),
      ...(debug ? { log: (l: string) => process.stderr.write(`[gate mcp-proxy] ${l}\n`) } : {}),
    });
    child.stdin.on('error', () => undefined);
    proxy.start();
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => child.kill(sig));
    return new Promise<number>((resolve) => {
      child.on('error', (err) => {
        process.stderr.write(`cli.js mcp-proxy: could not start ${command[0] ?? ''}: ${err.message}\n`);
        process.stdin.destroy();
        resolve(1);
      });
      child.on('close', (code, signal) => {
        process.stdin.destroy();
        resolve(code ?? (signal ? 128 + 15 : 1));
      });
    });
  },
};
