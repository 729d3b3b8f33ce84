import { describe, expect, it } from 'vitest';
import { compileSettings } from '../../../src/extension/settings/compileSettings';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings/gateSettings';
import { describeChanges, isLooser, strictest } from '../../../src/extension/settings/policyDiff';
import { checkUserRegex } from '../../../src/extension/settings/safeRegex';
import type { RawSettings } from '../../../src/extension/settings/settingKeys';

const known = new Set(['filesystem/rm-recursive', 'git/reset-hard']);
const compile = (raw: RawSettings) => compileSettings(raw, known);

describe('user regex safety', () => {
  it.each(['(a+)+$', '(a|aa)*', '(.*)*x', '((ab)*c)+', '(x+){2,}', '(\\w+\\s?)*$'])('rejects catastrophic %s', (p) => {
    expect(checkUserRegex(p).ok).toBe(false);
  });
  it.each(['^rm -rf /srv/.*', 'drop\\s+table', '(foo|bar) baz', '[a-z]+(-[0-9]+)?', '(ab){2}'])('accepts %s', (p) => {
    expect(checkUserRegex(p).ok).toBe(true);
  });
  it('rejects backreferences, bad syntax, long patterns and g/y flags', () => {
    expect(checkUserRegex('(a)\\1').ok).toBe(false);
    expect(checkUserRegex('(').ok).toBe(false);
    expect(checkUserRegex('a'.repeat(501)).ok).toBe(false);
    expect(checkUserRegex('a', 'g').ok).toBe(false);
  });
});

describe('compileSettings', () => {
  it('gives the defaults for empty settings with no problems', () => {
    const { settings, problems } = compile({});
    expect(problems).toEqual([]);
    expect(settings.failMode).toBe('deny');
    expect(settings.confirmTimeoutSeconds).toBe(120);
    expect(settings.confirmDelaySeconds).toBe(3);
    expect(settings.policy.enabled).toBe(true);
  });
  it('reports each bad entry with its exact key and keeps the rest', () => {
    const { settings, problems } = compile({
      rules: [
        { name: 'ok', command: 'deploy-prod *', verdict: 'confirm' },
        { name: 'bad', regex: '(a+)+' },
        { name: 'nomatch' },
        'x',
      ],
      disabledRules: ['git/reset-hard', 'nope/missing'],
      allow: ['npm run clean', { regex: '(' }],
      confirmTimeoutSeconds: 'soon',
      environments: { production: { hosts: ['*.prod.internal'] }, moon: {} },
    });
    expect(settings.policy.rules.map((r) => r.id)).toEqual(['user/ok']);
    expect([...settings.policy.disabledRules]).toEqual(['git/reset-hard']);
    expect(settings.policy.allow).toEqual([{ kind: 'glob', pattern: 'npm run clean' }]);
    expect(settings.confirmTimeoutSeconds).toBe(120);
    expect(settings.policy.environments).toEqual([{ environment: 'production', hosts: ['*.prod.internal'], contexts: [], resources: [] }]);
    expect(problems.map((p) => p.key)).toEqual([
      'destructiveGate.rules[1].regex',
      'destructiveGate.rules[2]',
      'destructiveGate.rules[3]',
      'destructiveGate.disabledRules[1]',
      'destructiveGate.allow[1].regex',
      'destructiveGate.environments.moon',
      'destructiveGate.confirmTimeoutSeconds',
    ]);
  });
  it('accepts a user rule id in disabledRules and verdict overrides for known rules only', () => {
    const { settings, problems } = compile({ rules: [{ name: 'x', mcpTool: '*_delete' }], disabledRules: ['user/x'], verdictOverrides: { 'git/reset-hard': 'confirm', 'z/z': 'confirm' } });
    expect([...settings.policy.disabledRules]).toEqual(['user/x']);
    expect(settings.policy.verdictOverrides).toEqual({ 'git/reset-hard': 'confirm' });
    expect(problems.map((p) => p.key)).toEqual(['destructiveGate.verdictOverrides.z/z']);
  });
});

describe('loosening detection', () => {
  const base = DEFAULT_SETTINGS;
  const with_ = (raw: RawSettings) => compile(raw).settings;
  it.each<[string, RawSettings]>([
    ['turning the gate off', { enabled: false }],
    ['disabling a rule', { disabledRules: ['filesystem/rm-recursive'] }],
    ['adding an allow pattern', { allow: ['rm -rf *'] }],
    ['fail mode allow', { failMode: 'allow' }],
    ['a longer timeout', { confirmTimeoutSeconds: 300 }],
    ['a shorter delay', { confirmDelaySeconds: 0 }],
    ['mapping a host to development', { environments: { development: { hosts: ['db.prod.internal'] } } }],
    ['unprotecting a branch', { protectedBranches: ['main'] }],
    ['a disposable path', { disposablePaths: ['data/**'] }],
    ['turning the audit off', { 'audit.enabled': false }],
  ])('%s loosens', (_name, raw) => {
    expect(isLooser(base, with_(raw))).toBe(true);
  });
  it.each<[string, RawSettings]>([
    ['adding a rule', { rules: [{ name: 'x', command: 'deploy *' }] }],
    ['a shorter timeout', { confirmTimeoutSeconds: 30 }],
    ['mapping a host to production', { environments: { production: { hosts: ['*.example.com'] } } }],
    ['protecting another branch', { protectedBranches: ['main', 'master', 'trunk', 'release/*', 'production', 'prod', 'develop'] }],
  ])('%s tightens', (_name, raw) => {
    expect(isLooser(base, with_(raw))).toBe(false);
    expect(describeChanges(base, with_(raw)).length).toBeGreaterThan(0);
  });
  it('removing a previously approved rule loosens', () => {
    const a = with_({ rules: [{ name: 'x', command: 'deploy *' }] });
    expect(isLooser(a, base)).toBe(true);
  });
  it('the strictest combination keeps the approved side of a mixed change', () => {
    const current = with_({ enabled: false, allow: ['make clean'], confirmTimeoutSeconds: 30, rules: [{ name: 'x', command: 'deploy *' }] });
    const s = strictest(base, current);
    expect(s.policy.enabled).toBe(true);
    expect(s.policy.allow).toEqual([]);
    expect(s.confirmTimeoutSeconds).toBe(30);
    expect(s.policy.rules.map((r) => r.id)).toEqual(['user/x']);
    expect(isLooser(current, s)).toBe(false);
    expect(isLooser(base, s)).toBe(false);
  });
  it('names the exact change', () => {
    const changes = describeChanges(base, with_({ disabledRules: ['git/reset-hard'] }));
    expect(changes).toEqual([{ key: 'destructiveGate.disabledRules', text: 'disables rule git/reset-hard', loosens: true }]);
  });
});
