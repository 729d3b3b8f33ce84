// Settings that an agent cannot loosen by editing files. The last approved settings are kept in
// the extension's own per-workspace storage; a change that tightens applies at once and becomes
// the new baseline; a change that loosens stays pending, with the strictest combination of
// approved and current in force, until the human approves it in a modal that shows the change.

import * as vscode from 'vscode';
import { BUILT_IN_RULES, BUILT_IN_TOOL_RULES } from '../../engine/rules/registry';
import { DisposableStore } from '../disposable';
import { compileSettings } from './compileSettings';
import { DEFAULT_SETTINGS, type GateSettings, type SettingsProblem } from './gateSettings';
import { describeChanges, strictest, type SettingsChange } from './policyDiff';
import { ALL_SETTING_KEYS, SECTION, type RawSettings } from './settingKeys';

const APPROVED_KEY = 'destructiveGate.approvedSettings';
export const APPROVE_BUTTON = 'Approve these changes';

export interface GuardState {
  effective: GateSettings;
  problems: SettingsProblem[];
  pending: SettingsChange[];
}

export class PolicyGuard extends DisposableStore {
  private readonly known = new Set([...BUILT_IN_RULES.map((r) => r.id), ...BUILT_IN_TOOL_RULES.map((r) => r.id)]);
  private approvedRaw: RawSettings;
  private state: GuardState = { effective: DEFAULT_SETTINGS, problems: [], pending: [] };
  private readonly changed = this.add(new vscode.EventEmitter<GuardState>());
  readonly onDidChange = this.changed.event;
  private reviewing = false;

  constructor(
    private readonly storage: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.approvedRaw = sanitiseStored(storage.get<unknown>(APPROVED_KEY));
    this.add(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.refresh(true);
      }),
    );
  }

  get current(): GuardState {
    return this.state;
  }

  private readRaw(): RawSettings {
    const config = vscode.workspace.getConfiguration(SECTION);
    const raw: RawSettings = {};
    for (const key of ALL_SETTING_KEYS) {
      const inspected = config.inspect(key);
      // Only values someone set count; defaults come from the compiler, so the schema default cannot drift from it.
      const set = [inspected?.workspaceFolderValue, inspected?.workspaceValue, inspected?.globalValue].find((v) => v !== undefined);
      if (set !== undefined) raw[key] = set;
    }
    return raw;
  }

  /** Recomputes the effective settings; prompts for a pending loosening when `prompt`. */
  refresh(prompt: boolean): GuardState {
    const raw = this.readRaw();
    const current = compileSettings(raw, this.known);
    const approved = compileSettings(this.approvedRaw, this.known).settings;
    const changes = describeChanges(approved, current.settings);
    const pending = changes.filter((c) => c.loosens);
    if (pending.length === 0) {
      this.approvedRaw = raw;
      void this.storage.update(APPROVED_KEY, raw);
      this.state = { effective: current.settings, problems: current.problems, pending: [] };
      if (changes.length > 0) this.log.info(`[settings] applied at once (tightening): ${changes.map((c) => c.text).join('; ')}`);
    } else {
      this.state = { effective: strictest(approved, current.settings), problems: current.problems, pending: changes };
      this.log.warn(`[settings] loosening change pending approval: ${pending.map((c) => `${c.key}: ${c.text}`).join('; ')}`);
      if (prompt) this.review().catch((e: unknown) => this.log.error(`[settings] review dialog failed: ${String(e)}`));
    }
    for (const p of current.problems) this.log.warn(`[settings] ${p.key}: ${p.reason}`);
    this.changed.fire(this.state);
    return this.state;
  }

  /** Shows the pending change; approving makes the current settings the new baseline. */
  async review(): Promise<boolean> {
    if (this.state.pending.length === 0 || this.reviewing) return false;
    this.reviewing = true;
    try {
      const raw = this.readRaw();
      const lines = this.state.pending.map((c) => `${c.loosens ? '⚠ loosens' : '  tightens'}  ${c.key}: ${c.text}`);
      const detail = [
        'Your settings changed in a way that weakens the gate. Until you approve, the stricter settings stay in force.',
        'If you did not make this change (for example an AI agent edited .vscode/settings.json), do not approve it.',
        '',
        ...lines,
      ].join('\n');
      const shownAt = Date.now();
      const choice = await vscode.window.showWarningMessage('Approve a change that loosens Destructive Action Gate?', { modal: true, detail }, APPROVE_BUTTON);
      if (choice !== APPROVE_BUTTON) {
        this.log.info('[settings] loosening change left pending');
        return false;
      }
      if (Date.now() - shownAt < this.state.effective.confirmDelaySeconds * 1000) {
        this.log.info('[settings] approval clicked too fast; still pending');
        return false;
      }
      if (JSON.stringify(raw) !== JSON.stringify(this.readRaw())) {
        this.log.warn('[settings] settings changed again while the approval dialog was open; still pending');
        return false;
      }
      this.approvedRaw = raw;
      await this.storage.update(APPROVED_KEY, raw);
      this.log.info(`[settings] loosening approved: ${lines.join('; ')}`);
      this.refresh(false);
      return true;
    } finally {
      this.reviewing = false;
    }
  }
}

function sanitiseStored(v: unknown): RawSettings {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const out: RawSettings = {};
  for (const key of ALL_SETTING_KEYS) {
    if (Object.prototype.hasOwnProperty.call(v, key)) out[key] = (v as Record<string, unknown>)[key];
  }
  return out;
}
