// Arms the editor's integrated terminals: injects the per-shell scripts through the extension's
// EnvironmentVariableCollection (chaining, never replacing, the editor's own shell integration),
// and shows in the status bar how many open terminals started before the gate and are not
// protected (the editor marks those with its relaunch hint).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildShellPrefilter, encodeShellPrefilterForShells } from '../../engine/prefilter/shellPrefilter';
import type { Policy } from '../../engine/model/policy';
import { terminalEnvironment } from './terminalEnvironment';

const OPTIONAL_VARIABLES = ['DESTRUCTIVE_GATE_USER_ZDOTDIR', 'DESTRUCTIVE_GATE_USER_BASH_ENV'] as const;

export interface TerminalGateOptions {
  /** The window's gate endpoint, when its service is listening. */
  endpoint?: { socket: string; secret: string };
  /** The user's compiled policy: user rules add names to the prefilter. */
  policy?: Policy;
}

export interface TerminalGate extends vscode.Disposable {
  /** Re-applies the environment (endpoint or policy changed); affects terminals started afterwards. */
  update(opts: TerminalGateOptions): void;
}

/**
 * The environment the editor starts terminals with: its own, with the user's
 * `terminal.integrated.env.<platform>` settings over it (applied before extension collections),
 * so a ZDOTDIR, BASH_ENV or XDG_DATA_DIRS set there is the one chained.
 */
function terminalBaseEnv(): Record<string, string | undefined> {
  const platform = process.platform === 'darwin' ? 'osx' : process.platform === 'win32' ? 'windows' : 'linux';
  const fromSettings: unknown = vscode.workspace.getConfiguration('terminal.integrated.env').get(platform);
  const env: Record<string, string | undefined> = { ...process.env };
  if (typeof fromSettings === 'object' && fromSettings !== null) {
    for (const [k, v] of Object.entries(fromSettings)) {
      if (typeof v === 'string') env[k] = v;
      else if (v === null) delete env[k];
    }
  }
  return env;
}

export function registerTerminalGate(context: vscode.ExtensionContext, opts: TerminalGateOptions = {}): TerminalGate {
  const scriptsDir = path.join(context.extensionPath, 'dist', 'scripts');
  const cliPath = path.join(context.extensionPath, 'dist', 'cli.js');
  const collection = context.environmentVariableCollection;

  const apply = (o: TerminalGateOptions): void => {
    const prefilter = buildShellPrefilter(undefined, o.policy);
    const mutations = terminalEnvironment({
      scriptsDir,
      cliPath,
      nodePath: process.execPath,
      prefilter: encodeShellPrefilterForShells(prefilter),
      baseEnv: terminalBaseEnv(),
      ...(o.endpoint ? { endpoint: o.endpoint } : {}),
    });
    // The collection is shared with the gate service (endpoint variables): replace only ours.
    collection.persistent = false;
    for (const [name, m] of mutations) {
      if (m.kind === 'replace') collection.replace(name, m.value);
      else collection.prepend(name, m.value);
    }
    // Set only when the user has one of their own: a stale value would name a folder they left.
    for (const name of OPTIONAL_VARIABLES) if (!mutations.has(name)) collection.delete(name);
  };
  apply(opts);

  // Terminals open before the gate armed the environment run without it until relaunched.
  const unprotected = new Set<vscode.Terminal>(vscode.window.terminals);
  const status = vscode.window.createStatusBarItem('destructiveGate.terminals', vscode.StatusBarAlignment.Left, 99);
  status.name = 'Destructive Action Gate: terminals';
  const render = (): void => {
    if (unprotected.size === 0) {
      status.text = '$(shield) terminals protected';
      status.tooltip = 'Lines typed or sent into new integrated terminals (bash, zsh, fish) are checked before they run.';
    } else {
      status.text = `$(warning) ${unprotected.size} terminal${unprotected.size === 1 ? '' : 's'} not protected`;
      status.tooltip = 'These terminals were opened before Destructive Action Gate started. Relaunch them (the terminal tab shows the relaunch hint) to protect them.';
    }
    status.show();
  };
  render();
  const closed = vscode.window.onDidCloseTerminal((t) => {
    if (unprotected.delete(t)) render();
  });

  const gate: TerminalGate = {
    update: apply,
    dispose: () => {
      closed.dispose();
      status.dispose();
    },
  };
  context.subscriptions.push(gate);
  return gate;
}
