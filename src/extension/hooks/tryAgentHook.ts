// "Try the agent hook safely": runs the installed hook exactly as an agent would, with a Claude
// Code payload for `rm -rf gate-demo`. The hook only answers; nothing is ever executed, so the
// user can see the dialog and both outcomes without risk.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { launcherPaths } from '../../cli/install/launcher';

interface HookRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

function runHook(command: string, args: string[], payload: string, env: NodeJS.ProcessEnv): Promise<HookRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => resolve({ stdout, stderr: `${stderr}${err.message}`, code: null }));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(payload);
  });
}

export async function tryAgentHook(context: vscode.ExtensionContext, home: string): Promise<void> {
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? home;
  const payload = JSON.stringify({ session_id: 'gate-demo', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'rm -rf gate-demo' }, cwd });
  const launcher = launcherPaths(home).script;
  const viaLauncher = fs.existsSync(launcher);
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  const run = viaLauncher
    ? await runHook(launcher, ['hook', '--agent', 'claude-code'], payload, env)
    : await runHook(process.execPath, [context.asAbsolutePath('dist/cli.js'), 'hook', '--agent', 'claude-code'], payload, env);
  const how = viaLauncher ? 'through the installed launcher' : 'directly (agent hooks are not installed yet)';
  if (run.code === 0) {
    void vscode.window.showInformationMessage(`The agent hook (${how}) allowed \`rm -rf gate-demo\`: an agent would have run it now. Nothing was run.`);
  } else if (run.code === 2) {
    void vscode.window.showInformationMessage(`The agent hook (${how}) refused \`rm -rf gate-demo\`; the agent would be told: ${run.stderr.trim()}`);
  } else {
    void vscode.window.showErrorMessage(`The agent hook (${how}) failed to answer (exit ${String(run.code)}): ${run.stderr.trim() || run.stdout.trim()}`);
  }
}
