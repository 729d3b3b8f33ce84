// The agent-hook commands: install, remove, protect an MCP server, try it safely; plus the
// launcher refresh at start-up (so hooks keep working after an extension update) and the check
// that the installed hooks are still in place.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { backupRoot, detectAgents, hookHealth, installContext, launcherChanges, planInstall, planRemove, readInstalledIds, writeInstalledIds } from '../../cli/install/hookInstaller';
import { HOOK_TARGETS } from '../../cli/install/hookTargets';
import { launcherPaths, type RuntimeInfo } from '../../cli/install/launcher';
import { PREFILTER_FILE, prefilterFileText, userRulePart } from '../../cli/hooks/hookPrefilter';
import type { Policy } from '../../engine/model/policy';
import { BUILT_IN_INDEX } from '../../engine/rules/registry';
import { buildShellPrefilter, encodeShellPrefilter } from '../../engine/prefilter/shellPrefilter';
import * as path from 'node:path';
import { previewAndApply } from './previewPlan';
import { protectMcpServer } from './protectMcpServer';
import { tryAgentHook } from './tryAgentHook';

export const AGENT_HOOK_COMMANDS = {
  install: 'destructiveGate.installAgentHooks',
  remove: 'destructiveGate.removeAgentHooks',
  protectMcp: 'destructiveGate.protectMcpServer',
  tryHook: 'destructiveGate.tryAgentHook',
} as const;

export interface AgentHookDeps {
  log: vscode.LogOutputChannel;
  /** Called with a reason when installed hooks have been removed or edited away, undefined when healthy. */
  onHealthChange?: (problem: string | undefined) => void;
  /**
   * The effective policy: the hooks' fast path clears commands with the prefilter built from it
   * (so the user's own rules are honoured without starting the engine).
   */
  policy?: () => Policy;
  onDidChangePolicy?: vscode.Event<unknown>;
}

const HEALTH_INTERVAL_MS = 5 * 60_000;

export function registerAgentHookCommands(context: vscode.ExtensionContext, deps: AgentHookDeps): vscode.Disposable {
  const home = os.homedir();
  // The editor's own runtime: Electron run as Node on desktop, Node in remote and web hosts.
  const runtime: RuntimeInfo = { cli: context.asAbsolutePath('dist/cli.js'), runtime: process.execPath };
  const subs: vscode.Disposable[] = [];
  const reg = (id: string, fn: () => Promise<void>) =>
    subs.push(
      vscode.commands.registerCommand(id, () =>
        fn().catch((err: unknown) => {
          deps.log.error(`[hooks] ${id}: ${err instanceof Error ? err.message : String(err)}`);
          void vscode.window.showErrorMessage(`Destructive Action Gate: ${err instanceof Error ? err.message : String(err)}`);
        }),
      ),
    );

  reg(AGENT_HOOK_COMMANDS.install, async () => {
    const ctx = installContext(home);
    const found = new Set(detectAgents(ctx).map((t) => t.id));
    const picks = await vscode.window.showQuickPick(
      HOOK_TARGETS.map((t) => ({ label: t.label, description: found.has(t.id) ? 'found on this machine' : 'not found', picked: found.has(t.id), target: t })),
      { title: 'Install agent hooks (user level)', placeHolder: 'Agents whose tool calls must pass the gate', canPickMany: true },
    );
    if (!picks || picks.length === 0) return;
    const targets = picks.map((p) => p.target);
    const plan = planInstall(ctx, targets, runtime);
    const done = await previewAndApply(plan, 'Install agent hooks', backupRoot(home));
    if (!done) return;
    const failed = new Set(plan.problems.map((p) => p.owner));
    const installed = targets.filter((t) => !failed.has(t.label));
    writeInstalledIds(home, [...readInstalledIds(home), ...installed.map((t) => t.id)]);
    writePrefilter();
    if (installed.some((t) => t.id === 'copilot')) await addCopilotHookFolder(deps.log);
    deps.log.info(`[hooks] installed for ${installed.map((t) => t.label).join(', ')}; backups in ${done.backupDir ?? '(none needed)'}`);
    const notes = installed.some((t) => t.id === 'codex') ? ' Codex asks you to trust the new hook once (/hooks).' : '';
    void vscode.window.showInformationMessage(`Agent hooks installed for ${installed.map((t) => t.label).join(', ')}. Restart running agents to pick them up.${notes}`, 'Try it safely').then((c) => {
      if (c) void vscode.commands.executeCommand(AGENT_HOOK_COMMANDS.tryHook);
    });
    checkHealth();
  });

  reg(AGENT_HOOK_COMMANDS.remove, async () => {
    const plan = planRemove(installContext(home));
    const done = await previewAndApply(plan, 'Remove agent hooks', backupRoot(home));
    if (!done) return;
    writeInstalledIds(home, []);
    deps.log.info('[hooks] removed');
    void vscode.window.showInformationMessage('Agent hooks removed. Agents no longer ask this editor before running tools.');
    checkHealth();
  });

  reg(AGENT_HOOK_COMMANDS.protectMcp, () => protectMcpServer(context, home, runtime));
  reg(AGENT_HOOK_COMMANDS.tryHook, () => tryAgentHook(context, home));

  // The hooks' fast path (dist/hook.js) reads this prefilter; it is tied to this cli build, so a
  // stale one from an older version is ignored rather than trusted.
  const writePrefilter = (): void => {
    try {
      const dir = launcherPaths(home).dir;
      if (!fs.existsSync(dir)) return;
      const policy = deps.policy?.();
      const withPolicy = buildShellPrefilter(BUILT_IN_INDEX, policy);
      const rules = policy?.rules ?? [];
      // Rules over SQL or GraphQL text can concern any line and any MCP call's arguments.
      const textRules = rules.some((r) => r.match.sql !== undefined || r.match.graphqlField !== undefined);
      const user = userRulePart(
        textRules ? { names: withPolicy.names, everyLineBecause: [...withPolicy.everyLineBecause, 'user rule over SQL or GraphQL text'] } : withPolicy,
        buildShellPrefilter(BUILT_IN_INDEX),
        textRules || rules.some((r) => r.match.mcpTool !== undefined),
      );
      const text = prefilterFileText(runtime.cli, encodeShellPrefilter(withPolicy), user);
      const file = path.join(dir, PREFILTER_FILE);
      if (text === undefined || readTextOrUndefined(file) === text) return;
      fs.writeFileSync(file, text, { mode: 0o600 });
    } catch (err) {
      deps.log.warn(`[hooks] could not write the hook prefilter: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  if (deps.onDidChangePolicy) subs.push(deps.onDidChangePolicy(() => writePrefilter()));

  // The launcher reads where the cli is from its configuration: rewrite it when this copy of the
  // extension is not the one recorded (an update moved the folder). Only once the user installed.
  try {
    if (fs.existsSync(launcherPaths(home).script)) {
      for (const c of launcherChanges(installContext(home), runtime)) {
        if (c.after === undefined) continue;
        fs.writeFileSync(c.path, c.after, { mode: c.mode ?? 0o600 });
        if (c.mode !== undefined) fs.chmodSync(c.path, c.mode);
        deps.log.info(`[hooks] refreshed ${c.path}`);
      }
    }
  } catch (err) {
    deps.log.warn(`[hooks] could not refresh the launcher: ${err instanceof Error ? err.message : String(err)}`);
  }
  writePrefilter();

  let lastProblem: string | undefined;
  const checkHealth = (): void => {
    const bad = hookHealth(installContext(home), readInstalledIds(home)).filter((h) => h.state !== 'installed');
    const problem = bad.length === 0 ? undefined : `agent hooks were removed or changed for ${bad.map((h) => h.target.label).join(', ')}`;
    if (problem === lastProblem) return;
    lastProblem = problem;
    deps.onHealthChange?.(problem);
    if (problem) {
      deps.log.warn(`[hooks] ${problem}`);
      void vscode.window.showWarningMessage(`Destructive Action Gate: ${problem}, so those agents run tools without asking.`, 'Reinstall').then((c) => {
        if (c) void vscode.commands.executeCommand(AGENT_HOOK_COMMANDS.install);
      });
    }
  };
  checkHealth();
  const timer = setInterval(checkHealth, HEALTH_INTERVAL_MS);
  subs.push({ dispose: () => clearInterval(timer) });
  subs.push(vscode.window.onDidChangeWindowState((s) => s.focused && checkHealth()));

  return vscode.Disposable.from(...subs);
}

/** VS Code reads user hook files only from the folders in `chat.hookFilesLocations`. */
async function addCopilotHookFolder(log: vscode.LogOutputChannel): Promise<void> {
  const config = vscode.workspace.getConfiguration('chat');
  const current = config.inspect<Record<string, boolean>>('hookFilesLocations');
  const value = { ...(current?.globalValue ?? current?.defaultValue ?? {}) };
  if (value['~/.copilot/hooks'] === true) return;
  value['~/.copilot/hooks'] = true;
  try {
    await config.update('hookFilesLocations', value, vscode.ConfigurationTarget.Global);
  } catch (err) {
    log.warn(`[hooks] could not add ~/.copilot/hooks to chat.hookFilesLocations: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function readTextOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
