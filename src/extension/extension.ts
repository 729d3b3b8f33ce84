// Entry point: activate() only constructs and wires services; everything is disposed on deactivate.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { ENV_SECRET, ENV_SOCKET, newSocketPath } from '../protocol/discovery';
import { gatherFacts } from '../facts/gatherFacts';
import { AuditLog, type AuditRecord } from './audit/auditLog';
import { exportAuditLog, showAuditLog } from './audit/auditView';
import { DisposableStore } from './disposable';
import { GateServer } from './gate/gateServer';
import { AllowanceService } from './gate/allowanceService';
import { GateService } from './gate/gateService';
import type { Allowance } from './gate/allowances';
import { WindowRegistry } from './gate/windowRegistry';
import { PolicyGuard, type GuardState } from './settings/policyGuard';
import { COMMANDS, registerCommands } from './commands';
import { registerAgentHookCommands } from './hooks/registerAgentHookCommands';
import { confirmByTypedName, showDenied } from './ui/confirmDialog';
import { AllowanceStatus } from './ui/allowanceStatus';
import { GateStatusBar } from './ui/statusBar';
import { registerTerminalGate } from './terminal';

/** What the extension exports to other extensions and to in-host tests: read-only facts, nothing that approves. */
export interface GateApi {
  readonly activationMs: number;
  readonly socketPath: string;
  readonly secret: string;
  readonly registrationFile: () => string | undefined;
  readonly auditFile: string;
  readonly ready: Promise<void>;
  settingsState(): GuardState;
  /** Live allowances (rule, folders, expiry), for tests and status: read-only. */
  allowances(): readonly Allowance[];
}

let root: DisposableStore | undefined;

export function activate(context: vscode.ExtensionContext): GateApi {
  const t0 = performance.now();
  const store = new DisposableStore();
  root = store;
  const log = store.add(vscode.window.createOutputChannel('Destructive Action Gate', { log: true }));
  const guard = store.add(new PolicyGuard(context.workspaceState, log));
  const audit = new AuditLog(context.globalStorageUri.fsPath, { maxFileBytes: 10 * 1024 * 1024, maxFiles: 5 });
  store.add(audit);
  const status = store.add(new GateStatusBar());
  let pausedUntil = 0;
  let serverProblem: string | undefined;
  /** Agent hooks that were installed and later removed or broken (from the hook health check). */
  let hookProblem: string | undefined;
  const workspaceRoots = (): string[] => (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);

  const auditRecord = (rec: AuditRecord): void => {
    if (guard.current.effective.audit.enabled) audit.append(rec);
  };
  const allowances = new AllowanceService(context.workspaceState, {
    policy: () => guard.current.effective.policy,
    workspaceRoots,
    audit: auditRecord,
    log: (m) => log.warn(`[allowance] ${m}`),
  });
  store.add(new AllowanceStatus(allowances.book, COMMANDS.endAllowance));

  const service = new GateService({
    policy: () => guard.current.effective.policy,
    confirmOptions: () => ({ timeoutSeconds: guard.current.effective.confirmTimeoutSeconds, delaySeconds: guard.current.effective.confirmDelaySeconds }),
    pausedForMs: () => Math.max(0, pausedUntil - Date.now()),
    workspaceRoots,
    gatherFacts,
    allowance: (decision, req) => {
      const covering = allowances.covering(decision, req.cwd);
      if (!covering) return undefined;
      const until = Math.min(...covering.map((a) => a.until));
      return { rules: covering.map((a) => a.rule), minutesLeft: Math.max(1, Math.ceil((until - Date.now()) / 60_000)) };
    },
    confirm: (decision, req) => {
      const offer = allowances.offerable(decision, req.cwd);
      return confirmByTypedName(decision, req.command, req.source, req.cwd, {
        timeoutSeconds: guard.current.effective.confirmTimeoutSeconds,
        delaySeconds: guard.current.effective.confirmDelaySeconds,
        allow:
          offer.length === 0
            ? undefined
            : {
                button: offer.length === 1 ? `Allow ${offer[0] ?? ''} here for a while…` : 'Allow one of these rules here for a while…',
                run: async (signal) => {
                  // Back in the dialog after one grant, the rules still asking are the ones offered.
                  const live = new Set(allowances.book.live().map((a) => a.rule));
                  const rest = offer.filter((id) => !live.has(id));
                  return (await allowances.grantInteractively(rest.length > 0 ? rest : offer, signal)) !== undefined && allowances.covering(decision, req.cwd) !== undefined;
                },
              },
      });
    },
    showDenied: (decision, req) => showDenied(decision, req.command, req.source, req.cwd),
    audit: auditRecord,
    log: (m) => log.info(`[gate] ${m}`),
  });

  const secret = randomBytes(32).toString('base64url');
  const socketPath = newSocketPath();
  const server = new GateServer(socketPath, secret, service, workspaceRoots, (m) => log.warn(`[channel] ${m}`));
  store.add(server);
  const registry = store.add(new WindowRegistry(socketPath, secret, workspaceRoots, () => guard.current.effective.failMode, (m) => log.warn(`[registry] ${m}`)));

  const env = context.environmentVariableCollection;
  env.persistent = false;
  env.description = 'Destructive Action Gate: lets commands in this terminal ask this window for confirmation.';
  env.replace(ENV_SOCKET, socketPath);
  env.replace(ENV_SECRET, secret);
  registerTerminalGate(context, { endpoint: { socket: socketPath, secret } });

  const updateStatus = (): void => {
    const s = guard.current;
    if (!s.effective.policy.enabled) status.show({ kind: 'off' });
    else if (serverProblem) status.show({ kind: 'degraded', reason: serverProblem });
    else if (hookProblem) status.show({ kind: 'degraded', reason: hookProblem });
    else if (s.pending.some((c) => c.loosens)) status.show({ kind: 'degraded', reason: 'a settings change that loosens the gate is waiting for your approval' });
    else if (s.problems.length > 0) status.show({ kind: 'degraded', reason: `${s.problems.length} setting problem(s); see Show Settings Problems` });
    else if (pausedUntil > Date.now()) status.show({ kind: 'paused', untilMs: pausedUntil });
    else status.show({ kind: 'armed' });
  };
  let pauseTimer: NodeJS.Timeout | undefined;
  store.add({ dispose: () => clearTimeout(pauseTimer) });

  let lastProblems = '';
  const onSettings = (s: GuardState): void => {
    audit.setOptions({ maxFileBytes: s.effective.audit.maxFileSizeMB * 1024 * 1024, maxFiles: s.effective.audit.maxFiles });
    registry.update();
    updateStatus();
    const problems = JSON.stringify(s.problems);
    if (s.problems.length > 0 && problems !== lastProblems) {
      void vscode.window.showWarningMessage(`Destructive Action Gate: ${s.problems.length} invalid setting(s) were skipped; the rest apply.`, 'Show details').then((c) => {
        if (c === 'Show details') void vscode.commands.executeCommand('destructiveGate.showSettingsProblems');
      });
    }
    lastProblems = problems;
  };
  store.add(guard.onDidChange(onSettings));

  registerCommands(store, {
    context,
    log,
    guard,
    audit,
    service,
    showAuditLog: () => void showAuditLog(audit, context.extensionUri),
    exportAuditLog: () => exportAuditLog(audit.readAll()),
    pause: (minutes) => {
      pausedUntil = Date.now() + minutes * 60_000;
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(() => updateStatus(), minutes * 60_000 + 500);
      log.warn(`[gate] paused for ${minutes} minute(s) by the user`);
      updateStatus();
    },
    resume: () => {
      pausedUntil = 0;
      log.info('[gate] resumed');
      updateStatus();
    },
    workspaceRoots,
    allowances,
  });
  store.add(
    registerAgentHookCommands(context, {
      log,
      policy: () => guard.current.effective.policy,
      onDidChangePolicy: guard.onDidChange,
      onHealthChange: (problem) => {
        hookProblem = problem;
        updateStatus();
      },
    }),
  );
  store.add(vscode.workspace.onDidChangeWorkspaceFolders(() => registry.update()));

  // Reading settings and binding the socket happen right after activate() returns, so the editor's start-up
  // does not wait for them; no request can arrive before the socket listens, and the settings are read first.
  const ready = new Promise<void>((r) => setImmediate(r)).then(() => {
    guard.refresh(true);
    return server.listen();
  }).then(
    () => {
      registry.register();
      log.info(`[channel] listening on ${socketPath}`);
      writeTestMarker(socketPath, activationMs);
    },
    (e: unknown) => {
      serverProblem = `cannot listen on ${socketPath}: ${e instanceof Error ? e.message : String(e)}`;
      log.error(`[channel] ${serverProblem}`);
      updateStatus();
    },
  );
  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    socketPath,
    secret,
    registrationFile: () => registry.file,
    auditFile: audit.file,
    ready,
    settingsState: () => guard.current,
    allowances: () => allowances.book.live(),
  };
}

/** End-to-end tests learn that the extension is up from a marker file, only when they ask for one. */
function writeTestMarker(socketPath: string, activationMs: number): void {
  const marker = process.env['DESTRUCTIVE_GATE_TEST_MARKER'];
  if (!marker) return;
  try {
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    fs.writeFileSync(marker, JSON.stringify({ pid: process.pid, socketPath, activationMs }));
  } catch {
    // A test-only aid; never fatal.
  }
}

export function deactivate(): void {
  root?.dispose();
  root = undefined;
}
