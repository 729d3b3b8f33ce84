// The editor side of time-boxed allowances: which rules may be allowed under the current policy,
// the typed-phrase grant (from a command or from a confirmation dialog), ending one early, and
// the audit of both. The list itself is kept in this workspace's extension storage.

import * as vscode from 'vscode';
import type { Decision } from '../../engine/model/decision';
import type { Policy } from '../../engine/model/policy';
import { BUILT_IN_RULES, BUILT_IN_TOOL_RULES } from '../../engine/rules/registry';
import type { AuditRecord } from '../audit/auditLog';
import { askAllowance } from '../ui/allowanceDialog';
import { allowancePhrase, allowableRules, Allowances, isInside, type AllowableRule, type Allowance } from './allowances';

const STORAGE_KEY = 'destructiveGate.allowances';
const BUILT_INS = [...BUILT_IN_RULES, ...BUILT_IN_TOOL_RULES];

export interface AllowanceServiceDeps {
  policy(): Policy;
  workspaceRoots(): string[];
  audit(record: AuditRecord): void;
  log(message: string): void;
}

export class AllowanceService {
  readonly book: Allowances;
  private cached: { policy: Policy; rules: AllowableRule[]; ids: ReadonlySet<string> } | undefined;

  constructor(
    storage: vscode.Memento,
    private readonly deps: AllowanceServiceDeps,
  ) {
    this.book = new Allowances({ get: () => storage.get<unknown>(STORAGE_KEY), set: (v) => void storage.update(STORAGE_KEY, v) });
  }

  private allowable(): { rules: AllowableRule[]; ids: ReadonlySet<string> } {
    const policy = this.deps.policy();
    if (this.cached?.policy !== policy) {
      const rules = allowableRules(policy, BUILT_INS);
      this.cached = { policy, rules, ids: new Set(rules.map((r) => r.id)) };
    }
    return this.cached;
  }

  allowableRules(): readonly AllowableRule[] {
    return this.allowable().rules;
  }

  /** The allowances that cover every finding of this request, or undefined (then the user is asked). */
  covering(decision: Decision, cwd: string): Allowance[] | undefined {
    return this.book.covering(decision, cwd, this.allowable().ids);
  }

  /** Rules of this decision the confirmation dialog may offer to allow (only for a request from inside this workspace). */
  offerable(decision: Decision, cwd: string): string[] {
    if (decision.verdict !== 'confirm' || !this.deps.workspaceRoots().some((r) => isInside(r, cwd))) return [];
    const ids = this.allowable().ids;
    return [...new Set(decision.findings.filter((f) => f.verdict === 'confirm' && ids.has(f.rule)).map((f) => f.rule))];
  }

  /**
   * Asks which rule, for how long, and for the typed phrase; grants only if all were given and
   * `signal` (a dialog's clock) has not run out meanwhile.
   */
  async grantInteractively(only?: readonly string[], signal?: AbortSignal): Promise<Allowance | undefined> {
    const roots = this.deps.workspaceRoots();
    if (roots.length === 0) {
      void vscode.window.showWarningMessage('Destructive Action Gate: an allowance belongs to a workspace; open a folder first.');
      return undefined;
    }
    const rules = this.allowableRules().filter((r) => !only || only.includes(r.id));
    const answer = await askAllowance(rules, signal);
    if (!answer || signal?.aborted) return undefined;
    const a = this.book.grant(answer.rule, roots, answer.minutes);
    this.deps.log(`${answer.rule} allowed in ${roots.join(', ')} until ${new Date(a.until).toISOString()}`);
    this.record(a, 'allowance-granted', allowancePhrase(answer.rule, answer.minutes));
    return a;
  }

  /** Ends an allowance now (a tightening: no confirmation). Without a rule, asks which. */
  async end(rule?: string): Promise<Allowance | undefined> {
    let id = rule;
    if (id === undefined) {
      const live = this.book.live();
      if (live.length === 0) return void vscode.window.showInformationMessage('Destructive Action Gate: no allowance is active.');
      const pick = await vscode.window.showQuickPick(
        live.map((a) => ({ label: a.rule, description: `until ${new Date(a.until).toLocaleTimeString()}`, rule: a.rule })),
        { title: 'End an allowance now' },
      );
      id = pick?.rule;
    }
    if (id === undefined) return undefined;
    const ended = this.book.end(id);
    if (ended) {
      this.deps.log(`${id} allowance ended early`);
      this.record(ended, 'allowance-ended', `end allowance for ${id}`);
    }
    return ended;
  }

  private record(a: Allowance, outcome: 'allowance-granted' | 'allowance-ended', command: string): void {
    try {
      this.deps.audit({
        time: new Date().toISOString(),
        window: process.pid,
        source: 'user',
        command,
        cwd: a.roots[0] ?? '',
        rules: [a.rule],
        target: `until ${new Date(a.until).toISOString()}`,
        verdict: 'confirm',
        outcome,
      });
    } catch (e) {
      this.deps.log(`audit write failed: ${String(e)}`);
    }
  }
}
