// Is a settings change a loosening? Compares the last approved settings with the current ones,
// field by field, and builds the strictest combination of the two: what stays in force while a
// loosening waits for the human's approval. vscode-free so every case is unit-tested.

import type { EnvironmentMapping, LineMatcher, UserRule } from '../../engine/model/policy';
import { VERDICT_RANK, type GateVerdict } from '../../engine/model/decision';
import type { GateSettings } from './gateSettings';
import { SECTION, SettingKey } from './settingKeys';

export interface SettingsChange {
  key: string;
  /** One line saying exactly what changed. */
  text: string;
  loosens: boolean;
}

type MapKind = 'hosts' | 'contexts' | 'resources';
const MAP_KINDS: readonly MapKind[] = ['hosts', 'contexts', 'resources'];

const matcherKey = (m: LineMatcher): string => (m.kind === 'glob' ? `glob ${m.pattern}` : `regex /${m.pattern}/${m.flags ?? ''}`);
const ruleKey = (r: UserRule): string => JSON.stringify([r.id, r.verdict, r.severity, r.reason, r.targetHint ?? null, r.match]);

function mappingEntries(ms: readonly EnvironmentMapping[]): Map<string, { env: EnvironmentMapping['environment']; kind: MapKind; glob: string }> {
  const out = new Map<string, { env: EnvironmentMapping['environment']; kind: MapKind; glob: string }>();
  for (const m of ms) for (const kind of MAP_KINDS) for (const glob of m[kind]) out.set(`${m.environment} ${kind} ${glob}`, { env: m.environment, kind, glob });
  return out;
}

function toMappings(entries: Iterable<{ env: EnvironmentMapping['environment']; kind: MapKind; glob: string }>): EnvironmentMapping[] {
  const by = new Map<string, EnvironmentMapping>();
  for (const e of entries) {
    let m = by.get(e.env);
    if (!m) by.set(e.env, (m = { environment: e.env, hosts: [], contexts: [], resources: [] }));
    m[e.kind].push(e.glob);
  }
  return [...by.values()];
}

function uniqBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** The strictest combination of two settings: what is enforced while a loosening is pending. */
export function strictest(a: GateSettings, b: GateSettings): GateSettings {
  const bAllow = new Set(b.policy.allow.map(matcherKey));
  const bDisposable = new Set(b.policy.disposablePaths);
  const overrides: Record<string, GateVerdict> = {};
  // An override can only lower a verdict from deny to confirm or raise it; absent means the rule's own verdict.
  // The strictest keeps an override only when both sides have one, taking the stricter.
  for (const [id, v] of Object.entries(a.policy.verdictOverrides)) {
    const w = b.policy.verdictOverrides[id];
    if (w !== undefined) overrides[id] = VERDICT_RANK[v] >= VERDICT_RANK[w] ? v : w;
    else if (v === 'deny') overrides[id] = 'deny';
  }
  for (const [id, w] of Object.entries(b.policy.verdictOverrides)) if (overrides[id] === undefined && w === 'deny') overrides[id] = 'deny';
  const aMap = mappingEntries(a.policy.environments);
  const bMap = mappingEntries(b.policy.environments);
  const mapped = [...aMap.entries(), ...bMap.entries()]
    .filter(([k, e]) => e.env === 'production' || (aMap.has(k) && bMap.has(k)))
    .map(([, e]) => e);
  return {
    policy: {
      enabled: a.policy.enabled || b.policy.enabled,
      disabledRules: new Set([...a.policy.disabledRules].filter((id) => b.policy.disabledRules.has(id))),
      allow: a.policy.allow.filter((m) => bAllow.has(matcherKey(m))),
      rules: uniqBy([...a.policy.rules, ...b.policy.rules], ruleKey),
      verdictOverrides: overrides,
      environments: toMappings(uniqBy(mapped, (e) => `${e.env} ${e.kind} ${e.glob}`)),
      protectedBranches: [...new Set([...a.policy.protectedBranches, ...b.policy.protectedBranches])],
      disposablePaths: a.policy.disposablePaths.filter((p) => bDisposable.has(p)),
    },
    confirmTimeoutSeconds: Math.min(a.confirmTimeoutSeconds, b.confirmTimeoutSeconds),
    confirmDelaySeconds: Math.max(a.confirmDelaySeconds, b.confirmDelaySeconds),
    failMode: a.failMode === 'deny' || b.failMode === 'deny' ? 'deny' : 'allow',
    audit: {
      enabled: a.audit.enabled || b.audit.enabled,
      maxFileSizeMB: Math.max(a.audit.maxFileSizeMB, b.audit.maxFileSizeMB),
      maxFiles: Math.max(a.audit.maxFiles, b.audit.maxFiles),
    },
  };
}

const k = (key: string): string => `${SECTION}.${key}`;

/** Every difference between the approved and the current settings, each marked loosening or not. */
export function describeChanges(approved: GateSettings, current: GateSettings): SettingsChange[] {
  const out: SettingsChange[] = [];
  const a = approved.policy;
  const b = current.policy;
  const push = (key: string, text: string, loosens: boolean): void => void out.push({ key: k(key), text, loosens });

  if (a.enabled !== b.enabled) push(SettingKey.enabled, b.enabled ? 'turns the gate on' : 'turns the gate OFF', !b.enabled);
  for (const id of b.disabledRules) if (!a.disabledRules.has(id)) push(SettingKey.disabledRules, `disables rule ${id}`, true);
  for (const id of a.disabledRules) if (!b.disabledRules.has(id)) push(SettingKey.disabledRules, `re-enables rule ${id}`, false);

  const aAllow = new Set(a.allow.map(matcherKey));
  const bAllow = new Set(b.allow.map(matcherKey));
  for (const m of bAllow) if (!aAllow.has(m)) push(SettingKey.allow, `adds allow pattern ${m} (matching lines skip the gate)`, true);
  for (const m of aAllow) if (!bAllow.has(m)) push(SettingKey.allow, `removes allow pattern ${m}`, false);

  const aRules = new Map(a.rules.map((r) => [ruleKey(r), r]));
  const bRules = new Map(b.rules.map((r) => [ruleKey(r), r]));
  for (const [key, r] of aRules) if (!bRules.has(key)) push(SettingKey.rules, `removes or changes your rule ${r.id} (${r.verdict})`, true);
  for (const [key, r] of bRules) if (!aRules.has(key)) push(SettingKey.rules, `adds your rule ${r.id} (${r.verdict})`, false);

  const ids = new Set([...Object.keys(a.verdictOverrides), ...Object.keys(b.verdictOverrides)]);
  for (const id of ids) {
    const va = a.verdictOverrides[id];
    const vb = b.verdictOverrides[id];
    if (va === vb) continue;
    const loosens = vb === undefined ? va === 'deny' : va === undefined ? vb === 'confirm' : VERDICT_RANK[vb] < VERDICT_RANK[va];
    push(SettingKey.verdictOverrides, `${id}: ${va ?? 'rule default'} → ${vb ?? 'rule default'}`, loosens);
  }

  const aMap = mappingEntries(a.environments);
  const bMap = mappingEntries(b.environments);
  for (const [key, e] of bMap) if (!aMap.has(key)) push(SettingKey.environments, `maps ${e.kind} ${e.glob} to ${e.env.toUpperCase()}`, e.env !== 'production');
  for (const [key, e] of aMap) if (!bMap.has(key)) push(SettingKey.environments, `no longer maps ${e.kind} ${e.glob} to ${e.env.toUpperCase()}`, e.env === 'production');

  const aBranches = new Set(a.protectedBranches);
  const bBranches = new Set(b.protectedBranches);
  for (const x of aBranches) if (!bBranches.has(x)) push(SettingKey.protectedBranches, `stops protecting branch ${x}`, true);
  for (const x of bBranches) if (!aBranches.has(x)) push(SettingKey.protectedBranches, `protects branch ${x}`, false);

  const aDisp = new Set(a.disposablePaths);
  const bDisp = new Set(b.disposablePaths);
  for (const x of bDisp) if (!aDisp.has(x)) push(SettingKey.disposablePaths, `treats ${x} as disposable (deleted without asking)`, true);
  for (const x of aDisp) if (!bDisp.has(x)) push(SettingKey.disposablePaths, `no longer treats ${x} as disposable`, false);

  if (approved.confirmTimeoutSeconds !== current.confirmTimeoutSeconds) {
    push(SettingKey.confirmTimeoutSeconds, `confirmation timeout ${approved.confirmTimeoutSeconds} s → ${current.confirmTimeoutSeconds} s`, current.confirmTimeoutSeconds > approved.confirmTimeoutSeconds);
  }
  if (approved.confirmDelaySeconds !== current.confirmDelaySeconds) {
    push(SettingKey.confirmDelaySeconds, `delay before the confirm button works ${approved.confirmDelaySeconds} s → ${current.confirmDelaySeconds} s`, current.confirmDelaySeconds < approved.confirmDelaySeconds);
  }
  if (approved.failMode !== current.failMode) {
    push(SettingKey.failMode, `when no editor can be asked: ${approved.failMode} → ${current.failMode}`, current.failMode === 'allow');
  }
  if (approved.audit.enabled !== current.audit.enabled) push(SettingKey.auditEnabled, current.audit.enabled ? 'turns the audit log on' : 'turns the audit log OFF', !current.audit.enabled);
  if (approved.audit.maxFileSizeMB !== current.audit.maxFileSizeMB) {
    push(SettingKey.auditMaxFileSizeMB, `audit file size ${approved.audit.maxFileSizeMB} MB → ${current.audit.maxFileSizeMB} MB`, current.audit.maxFileSizeMB < approved.audit.maxFileSizeMB);
  }
  if (approved.audit.maxFiles !== current.audit.maxFiles) {
    push(SettingKey.auditMaxFiles, `audit files kept ${approved.audit.maxFiles} → ${current.audit.maxFiles}`, current.audit.maxFiles < approved.audit.maxFiles);
  }
  return out;
}

/** True when `current` is weaker than `approved` in any way. */
export function isLooser(approved: GateSettings, current: GateSettings): boolean {
  return describeChanges(approved, current).some((c) => c.loosens);
}
