// The extension's commands. None of them approves an action: pausing itself needs a typed
// confirmation, and approving a loosening goes through the settings review modal.

import * as vscode from 'vscode';
import type { AuditLog } from './audit/auditLog';
import type { DisposableStore } from './disposable';
import type { AllowanceService } from './gate/allowanceService';
import type { GateService } from './gate/gateService';
import type { PolicyGuard } from './settings/policyGuard';
import { environmentLine } from './ui/dialogText';
import { redact } from './ui/redact';

export interface CommandDeps {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  guard: PolicyGuard;
  audit: AuditLog;
  service: GateService;
  showAuditLog(): void;
  exportAuditLog(): Promise<void>;
  pause(minutes: number): void;
  resume(): void;
  workspaceRoots(): string[];
  allowances: AllowanceService;
}

export const COMMANDS = {
  showAuditLog: 'destructiveGate.showAuditLog',
  exportAuditLog: 'destructiveGate.exportAuditLog',
  explain: 'destructiveGate.explainCommand',
  pause: 'destructiveGate.pause',
  resume: 'destructiveGate.resume',
  showSettingsProblems: 'destructiveGate.showSettingsProblems',
  reviewPendingSettings: 'destructiveGate.reviewPendingSettings',
  showLog: 'destructiveGate.showLog',
  showMenu: 'destructiveGate.showMenu',
  allowRule: 'destructiveGate.allowRule',
  endAllowance: 'destructiveGate.endAllowance',
} as const;

export function registerCommands(store: DisposableStore, d: CommandDeps): void {
  const reg = (id: string, fn: (...args: unknown[]) => unknown): void => void store.add(vscode.commands.registerCommand(id, fn));

  reg(COMMANDS.showAuditLog, () => d.showAuditLog());
  reg(COMMANDS.exportAuditLog, () => d.exportAuditLog());
  reg(COMMANDS.showLog, () => d.log.show());
  reg(COMMANDS.resume, () => d.resume());
  reg(COMMANDS.reviewPendingSettings, async () => {
    if (d.guard.current.pending.length === 0) return void vscode.window.showInformationMessage('No settings change is waiting for approval.');
    await d.guard.review();
  });

  reg(COMMANDS.explain, async (arg?: unknown) => {
    const line = typeof arg === 'string' ? arg : await vscode.window.showInputBox({ title: 'Explain a command', prompt: 'Type a command line to see what the gate would decide (nothing is run).', ignoreFocusOut: true });
    if (!line) return;
    const cwd = d.workspaceRoots()[0] ?? process.cwd();
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    const decision = d.service.evaluate({ command: line, cwd, env });
    const md = [
      `# ${decision.verdict.toUpperCase()}: \`${redact(line)}\``,
      '',
      decision.target ? `**Typed target:** \`${decision.target}\`` : '',
      decision.environment ? `**Environment:** ${environmentLine(decision.environment)}` : '',
      '',
      ...decision.findings.map((f) => `- **${f.rule}** (${f.severity}, ${f.verdict}): ${f.reason} — target \`${f.target}\`${f.safer ? `; safer: ${f.safer}` : ''}`),
      ...decision.unverifiable.map((u) => `- cannot verify \`${u.part}\`: ${u.reason}`),
      '',
      '## Trace',
      ...decision.trace.map((t) => `- ${t}`),
    ].join('\n');
    const doc = await vscode.workspace.openTextDocument({ content: md, language: 'markdown' });
    await vscode.window.showTextDocument(doc, { preview: true });
    return decision;
  });

  reg(COMMANDS.pause, async () => {
    const minutesText = await vscode.window.showInputBox({
      title: 'Pause Destructive Action Gate',
      prompt: 'For how many minutes? (1-240). While paused, confirmations are skipped; refusals still apply.',
      value: '15',
      ignoreFocusOut: true,
      validateInput: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 240 ? null : 'A whole number of minutes from 1 to 240.'),
    });
    if (!minutesText) return;
    const minutes = Number(minutesText);
    const phrase = `pause for ${minutes} minutes`;
    const typed = await vscode.window.showInputBox({
      title: `Type "${phrase}" to pause the gate`,
      prompt: `Destructive commands from terminals and agents will run without asking for ${minutes} minute(s).`,
      placeHolder: phrase,
      ignoreFocusOut: true,
      validateInput: (v) => (v === phrase ? null : `Type ${phrase} exactly, or press Escape.`),
    });
    if (typed !== phrase) return;
    d.pause(minutes);
  });

  // Arguments are ignored: only the typed phrase grants, so nothing that can run a command
  // (a task, a link, another extension) can grant an allowance by passing one.
  reg(COMMANDS.allowRule, async () => void (await d.allowances.grantInteractively()));
  // Ending is a tightening: the status bar item passes its rule and no confirmation is needed.
  reg(COMMANDS.endAllowance, async (rule?: unknown) => void (await d.allowances.end(typeof rule === 'string' ? rule : undefined)));

  reg(COMMANDS.showSettingsProblems, async () => {
    const { problems, pending } = d.guard.current;
    if (problems.length === 0 && pending.length === 0) return void vscode.window.showInformationMessage('Destructive Action Gate: no settings problems.');
    for (const p of problems) d.log.warn(`[settings] ${p.key}: ${p.reason}`);
    for (const c of pending) d.log.warn(`[settings] pending: ${c.key}: ${c.text}${c.loosens ? ' (loosens)' : ''}`);
    d.log.show(true);
    const items = [
      ...problems.map((p) => ({ label: `$(error) ${p.key}`, detail: p.reason })),
      ...pending.map((c) => ({ label: `$(clock) ${c.key}`, detail: `pending approval: ${c.text}` })),
    ];
    const pick = await vscode.window.showQuickPick(items, { title: 'Destructive Action Gate: settings problems', matchOnDetail: true });
    if (pick) await vscode.commands.executeCommand('workbench.action.openSettings', 'destructiveGate');
  });

  reg(COMMANDS.showMenu, async () => {
    const items: (vscode.QuickPickItem & { command: string })[] = [
      { label: '$(output) Show Audit Log', command: COMMANDS.showAuditLog },
      { label: '$(question) Explain a Command…', command: COMMANDS.explain },
      { label: '$(debug-pause) Pause for N Minutes…', command: COMMANDS.pause },
      { label: '$(play) Resume', command: COMMANDS.resume },
      { label: '$(unlock) Allow a Rule Here for N Minutes…', command: COMMANDS.allowRule },
      { label: '$(lock) End an Allowance…', command: COMMANDS.endAllowance },
      { label: '$(warning) Show Settings Problems', command: COMMANDS.showSettingsProblems },
      { label: '$(clock) Review Pending Settings Change', command: COMMANDS.reviewPendingSettings },
      { label: '$(list-flat) Show Diagnostics Log', command: COMMANDS.showLog },
      { label: '$(settings-gear) Open Settings', command: 'workbench.action.openSettings' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: 'Destructive Action Gate' });
    if (pick) await vscode.commands.executeCommand(pick.command, pick.command === 'workbench.action.openSettings' ? 'destructiveGate' : undefined);
  });
}
