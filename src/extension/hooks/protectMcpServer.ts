// "Protect an MCP server": pick a server from the user's MCP configurations; a plain one is
// routed through the gate's proxy, an already protected one can be restored.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { readText } from '../../cli/install/filePlan';
import { backupRoot, installContext, launcherChanges } from '../../cli/install/hookInstaller';
import type { RuntimeInfo } from '../../cli/install/launcher';
import { listMcpServers, mcpConfigFiles, planProtect, planUnprotect } from '../../cli/install/mcpProtect';
import { previewAndApply } from './previewPlan';

export async function protectMcpServer(context: vscode.ExtensionContext, home: string, runtime: RuntimeInfo): Promise<void> {
  // globalStorageUri is <user dir>/globalStorage/<extension id>: its grandparent is the editor's
  // own user folder (Code, Code - Insiders, Cursor...), where the user-level mcp.json lives.
  const userDir = path.dirname(path.dirname(context.globalStorageUri.fsPath));
  const servers = listMcpServers(mcpConfigFiles(home, userDir), readText);
  if (servers.length === 0) {
    void vscode.window.showInformationMessage('No MCP servers were found in ~/.cursor/mcp.json, ~/.claude.json or this editor\'s user mcp.json.');
    return;
  }
  const pick = await vscode.window.showQuickPick(
    servers.map((s) => ({
      label: `${s.protected ? '$(shield)' : '$(circle-outline)'} ${s.name}`,
      description: `${s.file.client}${s.protected ? ' · protected' : ''}`,
      detail: s.command ? s.command.join(' ') : (s.url ?? ''),
      server: s,
    })),
    { title: 'Protect an MCP server', placeHolder: 'Pick a server: a plain one is routed through the gate, a protected one is restored' },
  );
  if (!pick) return;
  const s = pick.server;
  const ctx = installContext(home);
  const plan = s.protected ? planUnprotect(s, readText) : planProtect(home, s, readText);
  if (!s.protected) plan.changes.unshift(...launcherChanges(ctx, runtime));
  const title = s.protected ? `Stop protecting MCP server '${s.name}'` : `Protect MCP server '${s.name}'`;
  const done = await previewAndApply(plan, title, backupRoot(home));
  if (done) void vscode.window.showInformationMessage(`${title}: done. Restart the server in ${s.file.client} for it to take effect.`);
}
