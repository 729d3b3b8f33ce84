import { describe, expect, it } from 'vitest';
import type { Decision, Finding } from '../../../src/engine/model/decision';
import { DEFAULT_POLICY, type Policy, type UserRule } from '../../../src/engine/model/policy';
import { BUILT_IN_RULES, BUILT_IN_TOOL_RULES } from '../../../src/engine/rules/registry';
import { CANNOT_VERIFY_RULE } from '../../../src/engine/decide/decide';
import { evaluate } from '../../../src/engine/evaluate';
import { parseAuditLine } from '../../../src/extension/audit/auditLog';
import {
  allowancePhrase,
  allowableRules,
  Allowances,
  coveringAllowances,
  isValidMinutes,
  MAX_ALLOWANCE_MINUTES,
  sanitiseAllowances,
  type Allowance,
} from '../../../src/extension/gate/allowances';

const WS = '/work/app';
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const BUILT_INS = [...BUILT_IN_RULES, ...BUILT_IN_TOOL_RULES];

function finding(rule: string, verdict: 'confirm' | 'deny' = 'confirm'): Finding {
  return { rule, severity: 'high', verdict, reason: 'r', target: 't', environment: { name: 'development', evidence: [] }, source: 'built-in', command: 'c' };
}
function decision(...findings: Finding[]): Decision {
  const verdict = findings.some((f) => f.verdict === 'deny') ? 'deny' : findings.length > 0 ? 'confirm' : 'allow';
  return { verdict, findings, target: 't', unverifiable: [], trace: [] };
}
const allowance = (rule: string, minutes = 15, roots = [WS]): Allowance => ({ rule, roots, grantedAt: T0, until: T0 + minutes * 60_000 });

function memoryStore(initial?: unknown): { value: unknown; get(): unknown; set(v: readonly Allowance[]): void } {
  const s = {
    value: initial,
    get: () => s.value,
    set: (v: readonly Allowance[]) => {
      // Round-trip through JSON like workspace storage does.
      s.value = JSON.parse(JSON.stringify(v)) as unknown;
    },
  };
  return s;
}

describe('which rules an allowance may name', () => {
  const ids = (p: Policy): Set<string> => new Set(allowableRules(p, BUILT_INS).map((r) => r.id));

  it('offers confirm rules and never a deny rule, cannot-verify, or a disabled rule', () => {
    const all = ids(DEFAULT_POLICY);
    expect(all.has('git/reset-hard')).toBe(true);
    const denyRule = BUILT_INS.find((r) => r.verdict === 'deny');
    expect(denyRule).toBeDefined();
    expect(all.has(denyRule!.id)).toBe(false);
    expect(all.has(CANNOT_VERIFY_RULE)).toBe(false);
    expect(ids({ ...DEFAULT_POLICY, disabledRules: new Set(['git/reset-hard']) }).has('git/reset-hard')).toBe(false);
  });

  it('follows verdict overrides only towards strictness: deny→confirm stays out, confirm→deny drops out', () => {
    const denyRule = BUILT_INS.find((r) => r.verdict === 'deny')!;
    expect(ids({ ...DEFAULT_POLICY, verdictOverrides: { [denyRule.id]: 'confirm' } }).has(denyRule.id)).toBe(false);
    expect(ids({ ...DEFAULT_POLICY, verdictOverrides: { 'git/reset-hard': 'deny' } }).has('git/reset-hard')).toBe(false);
  });

  it('includes the user’s confirm rules but not their deny rules', () => {
    const user = (id: string, verdict: UserRule['verdict']): UserRule => ({ id, verdict, severity: 'high', reason: 'x', match: { command: { kind: 'glob', pattern: 'x' } } });
    const p: Policy = { ...DEFAULT_POLICY, rules: [user('user/deploy', 'confirm'), user('user/nuke', 'deny')] };
    expect(ids(p).has('user/deploy')).toBe(true);
    expect(ids(p).has('user/nuke')).toBe(false);
  });
});

describe('which findings an allowance covers', () => {
  const allowable = new Set(['git/reset-hard', 'git/clean-force', 'user/deploy']);
  const live = [allowance('git/reset-hard')];

  it('covers a decision whose findings all come from the allowed rule, in the workspace', () => {
    expect(coveringAllowances(decision(finding('git/reset-hard')), WS, live, allowable, T0 + 1000)).toEqual(live);
    expect(coveringAllowances(decision(finding('git/reset-hard'), finding('git/reset-hard')), `${WS}/sub/dir`, live, allowable, T0 + 1000)).toEqual(live);
  });

  it('does not cover when another rule also fired: that one still asks', () => {
    expect(coveringAllowances(decision(finding('git/reset-hard'), finding('git/clean-force')), WS, live, allowable, T0)).toBeUndefined();
    expect(coveringAllowances(decision(finding('git/reset-hard'), finding('git/clean-force')), WS, [...live, allowance('git/clean-force')], allowable, T0)).toHaveLength(2);
  });

  it('never covers a deny, even of the allowed rule', () => {
    expect(coveringAllowances(decision(finding('git/reset-hard', 'deny')), WS, live, allowable, T0)).toBeUndefined();
    expect(coveringAllowances(decision(finding('git/reset-hard'), finding('filesystem/rm-root', 'deny')), WS, live, allowable, T0)).toBeUndefined();
  });

  it('does not cover outside the workspace it was granted for, nor a sibling folder with the same prefix', () => {
    expect(coveringAllowances(decision(finding('git/reset-hard')), '/work/other', live, allowable, T0)).toBeUndefined();
    expect(coveringAllowances(decision(finding('git/reset-hard')), '/work/app-2', live, allowable, T0)).toBeUndefined();
    expect(coveringAllowances(decision(finding('git/reset-hard')), '/work', live, allowable, T0)).toBeUndefined();
  });

  it('ends at its expiry', () => {
    const d = decision(finding('git/reset-hard'));
    expect(coveringAllowances(d, WS, live, allowable, T0 + 15 * 60_000 - 1)).toBeDefined();
    expect(coveringAllowances(d, WS, live, allowable, T0 + 15 * 60_000)).toBeUndefined();
  });

  it('does not cover a rule the current policy no longer lets be allowed (e.g. overridden to deny since)', () => {
    expect(coveringAllowances(decision(finding('git/reset-hard')), WS, live, new Set(['git/clean-force']), T0)).toBeUndefined();
  });

  it('does not cover an allow or an empty decision (nothing to skip)', () => {
    expect(coveringAllowances(decision(), WS, live, allowable, T0)).toBeUndefined();
  });

  it('works on what the engine decides for a real line', () => {
    const policy = DEFAULT_POLICY;
    const ev = (command: string): Decision => evaluate({ command, cwd: WS, env: {}, facts: { workspaceRoots: [WS] }, policy });
    const real = new Set(allowableRules(policy, BUILT_INS).map((r) => r.id));
    expect(coveringAllowances(ev('git reset --hard'), WS, live, real, T0)).toEqual(live);
    expect(coveringAllowances(ev('git reset --hard && git clean -fdx'), WS, live, real, T0)).toBeUndefined();
    expect(coveringAllowances(ev('git reset --hard; rm -rf ~'), WS, live, real, T0)).toBeUndefined();
  });
});

describe('the typed phrase and minutes', () => {
  it('is the phrase the user types', () => {
    expect(allowancePhrase('git/reset-hard', 15)).toBe('allow git/reset-hard for 15 minutes');
  });
  it.each([
    ['15', true],
    ['1', true],
    [String(MAX_ALLOWANCE_MINUTES), true],
    ['0', false],
    [String(MAX_ALLOWANCE_MINUTES + 1), false],
    ['1.5', false],
    ['', false],
    ['-3', false],
  ])('minutes %s valid: %s', (text, ok) => expect(isValidMinutes(text)).toBe(ok));
});

describe('stored allowances', () => {
  it('keeps the absolute expiry across a reload: a reload neither extends nor revives one', () => {
    let now = T0;
    const store = memoryStore();
    const book = new Allowances(store, () => now);
    const a = book.grant('git/reset-hard', [WS], 15);
    expect(a.until).toBe(T0 + 15 * 60_000);
    now = T0 + 10 * 60_000;
    const reloaded = new Allowances(store, () => now);
    expect(reloaded.live()).toEqual([a]);
    now = T0 + 15 * 60_000;
    expect(new Allowances(store, () => now).live()).toEqual([]);
    expect(store.value).toEqual([]);
  });

  it('renewing replaces the old expiry; ending removes it at once and announces the change', () => {
    let now = T0;
    const book = new Allowances(memoryStore(), () => now);
    let changes = 0;
    book.onDidChange(() => changes++);
    book.grant('git/reset-hard', [WS], 15);
    now += 60_000;
    book.grant('git/reset-hard', [WS], 5);
    expect(book.live()).toHaveLength(1);
    expect(book.live()[0]?.until).toBe(now + 5 * 60_000);
    expect(book.end('git/reset-hard')?.rule).toBe('git/reset-hard');
    expect(book.live()).toEqual([]);
    expect(book.end('git/reset-hard')).toBeUndefined();
    expect(changes).toBe(3);
  });

  it('refuses a grant without a workspace, out of range, or for something that is not a rule id', () => {
    const book = new Allowances(memoryStore(), () => T0);
    expect(() => book.grant('git/reset-hard', [], 15)).toThrow();
    expect(() => book.grant('git/reset-hard', [WS], 0)).toThrow();
    expect(() => book.grant('git/reset-hard', [WS], MAX_ALLOWANCE_MINUTES + 1)).toThrow();
    expect(() => book.grant('*', [WS], 15)).toThrow();
  });

  it('drops stored entries of the wrong shape, expired, from the future, or longer than any grant', () => {
    const good = allowance('git/reset-hard');
    const raw = [
      good,
      { ...good, rule: 'not a rule' },
      { ...good, roots: ['relative/path'] },
      { ...good, roots: [] },
      { ...good, until: T0 - 1 },
      { ...good, grantedAt: T0 + 60_000, until: T0 + 120_000 },
      { ...good, until: T0 + (MAX_ALLOWANCE_MINUTES + 1) * 60_000 },
      { ...good, until: '9999999999999' },
      null,
      'git/reset-hard',
    ];
    expect(sanitiseAllowances(raw, T0 + 1)).toEqual([good]);
    expect(sanitiseAllowances({ rule: 'git/reset-hard' }, T0)).toEqual([]);
  });
});

describe('audit lines for allowances', () => {
  it('reads back the user’s grant and an action let through by it', () => {
    const grant = parseAuditLine(JSON.stringify({ time: 't', window: 1, source: 'user', command: 'allow git/reset-hard for 15 minutes', cwd: WS, rules: ['git/reset-hard'], verdict: 'confirm', outcome: 'allowance-granted' }));
    expect(grant?.outcome).toBe('allowance-granted');
    expect(grant?.source).toBe('user');
    expect(parseAuditLine(JSON.stringify({ time: 't', window: 1, source: 'terminal', command: 'git reset --hard', cwd: WS, rules: ['git/reset-hard'], verdict: 'confirm', outcome: 'allowance' }))?.outcome).toBe('allowance');
  });
});
