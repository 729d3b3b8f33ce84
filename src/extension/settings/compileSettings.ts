// Validates the raw `destructiveGate.*` values and compiles them into GateSettings.
// A bad entry is reported with its exact key and skipped; it never disables the rest.

import { Minimatch } from 'minimatch';
import type { EnvironmentMapping, LineMatcher, UserRule } from '../../engine/model/policy';
import { DEFAULT_PROTECTED_BRANCHES } from '../../engine/model/policy';
import type { GateVerdict, Severity } from '../../engine/model/decision';
import { DEFAULT_SETTINGS, type GateSettings, type SettingsProblem } from './gateSettings';
import { SECTION, SettingKey, type RawSettings } from './settingKeys';
import { checkUserRegex } from './safeRegex';

export interface CompiledSettings {
  settings: GateSettings;
  problems: SettingsProblem[];
}

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const ENV_NAMES = ['production', 'staging', 'development'] as const;
const MAX_LIST = 500;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Sink {
  readonly problems: SettingsProblem[] = [];
  add(key: string, reason: string): void {
    this.problems.push({ key: `${SECTION}.${key}`, reason });
  }
}

function bool(raw: unknown, key: string, fallback: boolean, sink: Sink): boolean {
  if (raw === undefined) return fallback;
  if (typeof raw === 'boolean') return raw;
  sink.add(key, `must be true or false; using ${fallback}`);
  return fallback;
}

function num(raw: unknown, key: string, fallback: number, min: number, max: number, sink: Sink): number {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    sink.add(key, `must be a number; using ${fallback}`);
    return fallback;
  }
  if (raw < min || raw > max) {
    const clamped = Math.min(max, Math.max(min, raw));
    sink.add(key, `must be between ${min} and ${max}; using ${clamped}`);
    return clamped;
  }
  return raw;
}

function globOk(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'an empty pattern';
  if (pattern.length > 500) return 'longer than 500 characters';
  try {
    new Minimatch(pattern);
    return undefined;
  } catch (err) {
    return `not a valid glob: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function stringList(raw: unknown, key: string, sink: Sink, check?: (s: string) => string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    sink.add(key, 'must be a list of strings; ignored');
    return undefined;
  }
  const out: string[] = [];
  raw.slice(0, MAX_LIST).forEach((item, i) => {
    if (typeof item !== 'string') return sink.add(`${key}[${i}]`, 'must be a string; skipped');
    const bad = check?.(item);
    if (bad !== undefined) return sink.add(`${key}[${i}]`, `${bad}; skipped`);
    out.push(item);
  });
  if (raw.length > MAX_LIST) sink.add(key, `more than ${MAX_LIST} entries; the rest are ignored`);
  return out;
}

function lineMatcher(item: unknown, key: string, sink: Sink): LineMatcher | undefined {
  if (typeof item === 'string') {
    const bad = globOk(item);
    if (bad) return void sink.add(key, `${bad}; skipped`);
    return { kind: 'glob', pattern: item };
  }
  if (isObj(item)) {
    if (typeof item['glob'] === 'string') return lineMatcher(item['glob'], `${key}.glob`, sink);
    if (typeof item['regex'] === 'string') {
      const flags = typeof item['flags'] === 'string' ? item['flags'] : '';
      const checked = checkUserRegex(item['regex'], flags);
      if (!checked.ok) return void sink.add(`${key}.regex`, `${checked.reason}; skipped`);
      return flags ? { kind: 'regex', pattern: item['regex'], flags } : { kind: 'regex', pattern: item['regex'] };
    }
  }
  sink.add(key, 'must be a glob string or an object with "glob" or "regex"; skipped');
  return undefined;
}

function userRule(item: unknown, key: string, sink: Sink, seen: Set<string>): UserRule | undefined {
  if (!isObj(item)) return void sink.add(key, 'must be an object; skipped');
  const name = item['name'];
  if (typeof name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
    return void sink.add(`${key}.name`, 'must be a short name of letters, digits, ".", "_" or "-"; rule skipped');
  }
  const id = `user/${name}`;
  if (seen.has(id)) return void sink.add(`${key}.name`, `duplicate rule name '${name}'; skipped`);
  const verdictRaw = item['verdict'] ?? 'confirm';
  if (verdictRaw !== 'confirm' && verdictRaw !== 'deny') return void sink.add(`${key}.verdict`, 'must be "confirm" or "deny"; rule skipped');
  const severityRaw = item['severity'] ?? 'high';
  if (typeof severityRaw !== 'string' || !(SEVERITIES as readonly string[]).includes(severityRaw)) {
    return void sink.add(`${key}.severity`, `must be one of ${SEVERITIES.join(', ')}; rule skipped`);
  }
  const match: UserRule['match'] = {};
  if (item['command'] !== undefined) {
    const m = lineMatcher(item['command'], `${key}.command`, sink);
    if (!m) return undefined;
    match.command = m;
  }
  if (item['regex'] !== undefined) {
    if (match.command) return void sink.add(`${key}.regex`, 'give either "command" or "regex", not both; rule skipped');
    const m = lineMatcher({ regex: item['regex'], flags: item['flags'] }, key, sink);
    if (!m) return undefined;
    match.command = m;
  }
  if (item['sql'] !== undefined) {
    const sql = item['sql'];
    const verb = isObj(sql) ? sql['verb'] : undefined;
    const object = isObj(sql) ? sql['object'] : undefined;
    if (typeof verb !== 'string' || !/^[A-Za-z]+$/.test(verb) || (object !== undefined && (typeof object !== 'string' || !/^[A-Za-z ]+$/.test(object)))) {
      return void sink.add(`${key}.sql`, 'must be { "verb": "DELETE", "object"?: "TABLE" }; rule skipped');
    }
    match.sql = object === undefined ? { verb: verb.toUpperCase() } : { verb: verb.toUpperCase(), object: object.toUpperCase() };
  }
  for (const field of ['graphqlField', 'mcpTool'] as const) {
    const v = item[field];
    if (v === undefined) continue;
    const bad = typeof v === 'string' ? globOk(v) : 'must be a glob string';
    if (bad !== undefined || typeof v !== 'string') return void sink.add(`${key}.${field}`, `${bad ?? 'invalid'}; rule skipped`);
    match[field] = v;
  }
  if (!match.command && !match.sql && !match.graphqlField && !match.mcpTool) {
    return void sink.add(key, 'needs at least one of "command", "regex", "sql", "graphqlField", "mcpTool"; rule skipped');
  }
  const reason = typeof item['reason'] === 'string' && item['reason'].trim() !== '' ? item['reason'] : `matches your rule '${name}'`;
  const rule: UserRule = { id, verdict: verdictRaw, severity: severityRaw as Severity, reason, match };
  if (typeof item['target'] === 'string' && item['target'].trim() !== '') rule.targetHint = item['target'];
  seen.add(id);
  return rule;
}

function environments(raw: unknown, sink: Sink): EnvironmentMapping[] {
  const key = SettingKey.environments;
  if (raw === undefined) return [];
  if (!isObj(raw)) {
    sink.add(key, 'must be an object mapping production/staging/development to patterns; ignored');
    return [];
  }
  const out: EnvironmentMapping[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (!(ENV_NAMES as readonly string[]).includes(name)) {
      sink.add(`${key}.${name}`, 'unknown environment (use production, staging or development); skipped');
      continue;
    }
    if (!isObj(value)) {
      sink.add(`${key}.${name}`, 'must be an object with "hosts", "contexts" and "resources" lists; skipped');
      continue;
    }
    for (const extra of Object.keys(value)) {
      if (!['hosts', 'contexts', 'resources'].includes(extra)) sink.add(`${key}.${name}.${extra}`, 'unknown property; ignored');
    }
    out.push({
      environment: name as EnvironmentMapping['environment'],
      hosts: stringList(value['hosts'], `${key}.${name}.hosts`, sink, globOk) ?? [],
      contexts: stringList(value['contexts'], `${key}.${name}.contexts`, sink, globOk) ?? [],
      resources: stringList(value['resources'], `${key}.${name}.resources`, sink, globOk) ?? [],
    });
  }
  return out;
}

/**
 * Compiles raw setting values. `knownRuleIds` lists the built-in rules, so that a typo in
 * `disabledRules` is reported instead of silently doing nothing.
 */
export function compileSettings(raw: RawSettings, knownRuleIds: ReadonlySet<string>): CompiledSettings {
  const sink = new Sink();
  const d = DEFAULT_SETTINGS;

  const seen = new Set<string>();
  const rules: UserRule[] = [];
  const rawRules = raw[SettingKey.rules];
  if (rawRules !== undefined && !Array.isArray(rawRules)) sink.add(SettingKey.rules, 'must be a list of rule objects; ignored');
  if (Array.isArray(rawRules)) {
    rawRules.slice(0, MAX_LIST).forEach((item, i) => {
      const r = userRule(item, `${SettingKey.rules}[${i}]`, sink, seen);
      if (r) rules.push(r);
    });
  }

  const isKnown = (id: string): string | undefined => (knownRuleIds.has(id) || seen.has(id) ? undefined : `unknown rule id '${id}'`);
  const disabled = stringList(raw[SettingKey.disabledRules], SettingKey.disabledRules, sink, isKnown) ?? [];

  const overrides: Record<string, GateVerdict> = {};
  const rawOverrides = raw[SettingKey.verdictOverrides];
  if (rawOverrides !== undefined) {
    if (!isObj(rawOverrides)) sink.add(SettingKey.verdictOverrides, 'must be an object of rule id → "confirm" or "deny"; ignored');
    else {
      for (const [id, v] of Object.entries(rawOverrides)) {
        const k = `${SettingKey.verdictOverrides}.${id}`;
        const bad = isKnown(id);
        if (bad) sink.add(k, `${bad}; skipped`);
        else if (v !== 'confirm' && v !== 'deny') sink.add(k, 'must be "confirm" or "deny"; skipped');
        else overrides[id] = v;
      }
    }
  }

  const allow: LineMatcher[] = [];
  const rawAllow = raw[SettingKey.allow];
  if (rawAllow !== undefined && !Array.isArray(rawAllow)) sink.add(SettingKey.allow, 'must be a list of patterns; ignored');
  if (Array.isArray(rawAllow)) {
    rawAllow.slice(0, MAX_LIST).forEach((item, i) => {
      const m = lineMatcher(item, `${SettingKey.allow}[${i}]`, sink);
      if (m) allow.push(m);
    });
  }

  const failModeRaw = raw[SettingKey.failMode];
  let failMode = d.failMode;
  if (failModeRaw === 'allow' || failModeRaw === 'deny') failMode = failModeRaw;
  else if (failModeRaw !== undefined) sink.add(SettingKey.failMode, 'must be "deny" or "allow"; using "deny"');

  const settings: GateSettings = {
    policy: {
      enabled: bool(raw[SettingKey.enabled], SettingKey.enabled, true, sink),
      disabledRules: new Set(disabled),
      allow,
      rules,
      verdictOverrides: overrides,
      environments: environments(raw[SettingKey.environments], sink),
      protectedBranches: stringList(raw[SettingKey.protectedBranches], SettingKey.protectedBranches, sink, globOk) ?? DEFAULT_PROTECTED_BRANCHES,
      disposablePaths: stringList(raw[SettingKey.disposablePaths], SettingKey.disposablePaths, sink, globOk) ?? [],
    },
    confirmTimeoutSeconds: num(raw[SettingKey.confirmTimeoutSeconds], SettingKey.confirmTimeoutSeconds, d.confirmTimeoutSeconds, 10, 600, sink),
    confirmDelaySeconds: num(raw[SettingKey.confirmDelaySeconds], SettingKey.confirmDelaySeconds, d.confirmDelaySeconds, 0, 30, sink),
    failMode,
    audit: {
      enabled: bool(raw[SettingKey.auditEnabled], SettingKey.auditEnabled, true, sink),
      maxFileSizeMB: num(raw[SettingKey.auditMaxFileSizeMB], SettingKey.auditMaxFileSizeMB, d.audit.maxFileSizeMB, 1, 1024, sink),
      maxFiles: Math.round(num(raw[SettingKey.auditMaxFiles], SettingKey.auditMaxFiles, d.audit.maxFiles, 1, 100, sink)),
    },
  };
  return { settings, problems: sink.problems };
}
