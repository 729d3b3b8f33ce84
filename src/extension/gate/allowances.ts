// Time-boxed allowances: "allow git/reset-hard here for 15 minutes". While one is live, a
// confirmation whose findings all come from allowed rules, in a folder of the workspace it was
// granted for, is let through (and audited as `allowance`); any other rule still asks and a deny
// is never covered. Only the user grants one, through a typed phrase; the list lives in the
// extension's workspace storage (no setting or workspace file feeds it) with absolute expiry
// times, so a reload neither extends nor revives one. vscode-free so the rules are unit-tested.

import * as path from 'node:path';
import type { Decision, Severity } from '../../engine/model/decision';
import type { Policy } from '../../engine/model/policy';
import { CANNOT_VERIFY_RULE } from '../../engine/decide/decide';

export const MIN_ALLOWANCE_MINUTES = 1;
export const MAX_ALLOWANCE_MINUTES = 240;
const MAX_ALLOWANCES = 50;
const RULE_ID = /^[a-z0-9][a-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface Allowance {
  rule: string;
  /** The workspace folders it was granted for; it covers requests whose folder is inside one of them. */
  roots: readonly string[];
  grantedAt: number;
  until: number;
}

/** A rule the user may allow: its verdict is confirm (built in, and after overrides); never a deny rule. */
export interface AllowableRule {
  id: string;
  reason: string;
  severity: Severity;
  source: 'built-in' | 'user';
}

export interface RuleDescription {
  readonly id: string;
  readonly verdict: 'confirm' | 'deny';
  readonly reason: string;
  readonly severity: Severity;
}

/** What the user types to grant an allowance. */
export function allowancePhrase(rule: string, minutes: number): string {
  return `allow ${rule} for ${minutes} minutes`;
}

export function isValidMinutes(text: string): boolean {
  return /^\d{1,3}$/.test(text) && Number(text) >= MIN_ALLOWANCE_MINUTES && Number(text) <= MAX_ALLOWANCE_MINUTES;
}

/**
 * Rules an allowance may name. A rule whose built-in verdict is deny stays out even when the
 * user overrode it to confirm: refusals are never waved through by a timer. "Cannot verify" is
 * not a rule about an action, so allowing it would let anything unreadable through.
 */
export function allowableRules(policy: Policy, builtIns: readonly RuleDescription[]): AllowableRule[] {
  const out: AllowableRule[] = [];
  for (const r of builtIns) {
    if (r.verdict !== 'confirm' || r.id === CANNOT_VERIFY_RULE || policy.disabledRules.has(r.id)) continue;
    if (policy.verdictOverrides[r.id] === 'deny') continue;
    out.push({ id: r.id, reason: r.reason, severity: r.severity, source: 'built-in' });
  }
  for (const r of policy.rules) {
    if (r.verdict !== 'confirm' || policy.verdictOverrides[r.id] === 'deny') continue;
    out.push({ id: r.id, reason: r.reason, severity: r.severity, source: 'user' });
  }
  return out;
}

/** The confirm-verdict rules of a decision that the user could allow (for the dialog's button). */
export function allowableInDecision(decision: Decision, allowable: ReadonlySet<string>): string[] {
  if (decision.verdict !== 'confirm') return [];
  return [...new Set(decision.findings.filter((f) => f.verdict === 'confirm' && allowable.has(f.rule)).map((f) => f.rule))];
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The allowances that together cover every finding of `decision` for a request from `cwd`, or
 * undefined when any finding is not covered: a deny, a rule not allowable under the current
 * policy, a rule without a live allowance, or a folder outside the workspace it was granted for.
 */
export function coveringAllowances(decision: Decision, cwd: string, live: readonly Allowance[], allowable: ReadonlySet<string>, now: number): Allowance[] | undefined {
  if (decision.verdict !== 'confirm' || decision.findings.length === 0) return undefined;
  const used = new Set<Allowance>();
  for (const f of decision.findings) {
    if (f.verdict !== 'confirm' || !allowable.has(f.rule)) return undefined;
    const a = live.find((x) => x.rule === f.rule && x.until > now && x.roots.some((r) => isInside(r, cwd)));
    if (!a) return undefined;
    used.add(a);
  }
  return [...used];
}

/**
 * Reads the stored list defensively (workspace storage is ours, but anything on disk can be
 * edited): wrong shapes, expired entries, and entries longer than the longest grant are dropped.
 */
export function sanitiseAllowances(raw: unknown, now: number): Allowance[] {
  if (!Array.isArray(raw)) return [];
  const out: Allowance[] = [];
  for (const v of raw.slice(0, MAX_ALLOWANCES)) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) continue;
    const o = v as Record<string, unknown>;
    const { rule, roots, grantedAt, until } = o;
    if (typeof rule !== 'string' || !RULE_ID.test(rule)) continue;
    if (!Array.isArray(roots) || roots.length === 0 || !roots.every((r): r is string => typeof r === 'string' && path.isAbsolute(r))) continue;
    if (typeof grantedAt !== 'number' || typeof until !== 'number' || !Number.isFinite(grantedAt) || !Number.isFinite(until)) continue;
    if (until <= now || grantedAt > now || until <= grantedAt || until - grantedAt > MAX_ALLOWANCE_MINUTES * 60_000) continue;
    out.push({ rule, roots: [...roots], grantedAt, until });
  }
  return out;
}

export interface AllowanceStore {
  get(): unknown;
  set(value: readonly Allowance[]): void;
}

export class Allowances {
  private items: Allowance[];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: AllowanceStore,
    private readonly now: () => number = Date.now,
  ) {
    const raw = store.get();
    this.items = sanitiseAllowances(raw, now());
    if (!Array.isArray(raw) || raw.length !== this.items.length) store.set(this.items);
  }

  onDidChange(fn: () => void): { dispose(): void } {
    this.listeners.add(fn);
    return { dispose: () => void this.listeners.delete(fn) };
  }

  /** Live allowances; expired ones are dropped (and the change announced). */
  live(): readonly Allowance[] {
    const now = this.now();
    const kept = this.items.filter((a) => a.until > now);
    if (kept.length !== this.items.length) this.save(kept);
    return this.items;
  }

  /** Grants (or renews, replacing the old expiry) an allowance for `rule` in these folders. */
  grant(rule: string, roots: readonly string[], minutes: number): Allowance {
    if (!RULE_ID.test(rule)) throw new Error(`not a rule id: ${rule}`);
    if (roots.length === 0) throw new Error('an allowance needs a workspace folder');
    if (!Number.isInteger(minutes) || minutes < MIN_ALLOWANCE_MINUTES || minutes > MAX_ALLOWANCE_MINUTES) throw new Error(`minutes out of range: ${minutes}`);
    const now = this.now();
    const a: Allowance = { rule, roots: [...roots], grantedAt: now, until: now + minutes * 60_000 };
    this.save([...this.live().filter((x) => x.rule !== rule), a]);
    return a;
  }

  /** Ends the allowance for `rule` now; returns it, or undefined when none was live. */
  end(rule: string): Allowance | undefined {
    const found = this.live().find((x) => x.rule === rule);
    if (found) this.save(this.items.filter((x) => x !== found));
    return found;
  }

  covering(decision: Decision, cwd: string, allowable: ReadonlySet<string>): Allowance[] | undefined {
    return coveringAllowances(decision, cwd, this.live(), allowable, this.now());
  }

  private save(items: Allowance[]): void {
    this.items = items;
    this.store.set(items);
    for (const fn of this.listeners) fn();
  }
}
