// decide(): findings → one Decision. The strictest verdict wins; the typed target is the strictest
// finding's, or `N targets` when the gating findings name different things; the environment is the worst.

import { describe, expect, it } from 'vitest';
import { CANNOT_VERIFY_RULE, decide } from '../../../src/engine/decide/decide';
import { evaluate } from '../../../src/engine/evaluate';
import type { EnvironmentName, Finding, GateVerdict, Severity } from '../../../src/engine/model/decision';

function finding(rule: string, verdict: GateVerdict, target: string, opts: { severity?: Severity; env?: EnvironmentName; evidence?: string[] } = {}): Finding {
  return {
    rule,
    severity: opts.severity ?? 'high',
    verdict,
    reason: 'r',
    target,
    environment: { name: opts.env ?? 'development', evidence: opts.evidence ?? [`${rule} evidence`] },
    source: 'built-in',
    command: rule,
  };
}

describe('decide', () => {
  it('allows when nothing was found, with no target', () => {
    const d = decide([], [], ['t']);
    expect(d).toEqual({ verdict: 'allow', findings: [], unverifiable: [], trace: ['t'] });
  });

  it('takes one finding as it is', () => {
    const d = decide([finding('a/x', 'confirm', 'users')], [], []);
    expect([d.verdict, d.target, d.environment?.name]).toEqual(['confirm', 'users', 'development']);
    expect(d.environment?.evidence).toEqual(['a/x evidence']);
  });

  it('lets deny win over confirm, whatever the order, and types the deny target', () => {
    for (const fs of [
      [finding('a/x', 'confirm', 'src'), finding('b/y', 'deny', '/')],
      [finding('b/y', 'deny', '/'), finding('a/x', 'confirm', 'src')],
    ]) {
      const d = decide(fs, [], []);
      expect([d.verdict, d.target]).toEqual(['deny', '/']);
      expect(d.findings).toHaveLength(2);
    }
  });

  it('counts different targets among the findings at the winning verdict', () => {
    const d = decide([finding('a/x', 'confirm', 'users'), finding('a/x', 'confirm', 'orders'), finding('b/y', 'confirm', 'vol_1')], [], []);
    expect([d.verdict, d.target]).toEqual(['confirm', '3 targets']);
  });

  it('does not count the same target twice', () => {
    const d = decide([finding('a/x', 'confirm', 'users'), finding('b/y', 'confirm', 'users')], [], []);
    expect(d.target).toBe('users');
  });

  it('ignores targets of weaker findings when counting', () => {
    const d = decide([finding('a/x', 'deny', '/'), finding('b/y', 'confirm', 'src'), finding('c/z', 'confirm', 'docs')], [], []);
    expect([d.verdict, d.target]).toEqual(['deny', '/']);
  });

  it('takes the worst environment and merges every finding’s evidence', () => {
    const d = decide(
      [finding('a/x', 'confirm', 't', { env: 'staging', evidence: ['from --environment staging'] }), finding('b/y', 'confirm', 't', { env: 'production', evidence: ['from host db.prod.internal'] })],
      [],
      [],
    );
    expect(d.environment?.name).toBe('production');
    expect(d.environment?.evidence).toEqual(['from --environment staging', 'from host db.prod.internal']);
  });

  it('treats unknown as worse than staging', () => {
    const d = decide([finding('a/x', 'confirm', 't', { env: 'staging' }), finding('b/y', 'confirm', 't', { env: 'unknown' })], [], []);
    expect(d.environment?.name).toBe('unknown');
  });

  it('carries the unverifiable parts and the trace through', () => {
    const u = [{ part: '$RM -rf x', reason: 'the command word $RM is only known at run time' }];
    const d = decide([finding('a/x', 'confirm', 't')], u, ['step']);
    expect(d.unverifiable).toEqual(u);
    expect(d.trace).toEqual(['step']);
  });
});

describe('decide through evaluate()', () => {
  const run = (command: string): ReturnType<typeof evaluate> => evaluate({ command, cwd: '/home/dev/project', env: { HOME: '/home/dev' } });

  it('the strictest sub-command wins across a line', () => {
    const d = run('git reset --hard && rm -rf /');
    expect(d.verdict).toBe('deny');
    expect(d.target).toBe('/');
    expect(d.findings.map((f) => f.rule).sort()).toEqual(['filesystem/rm-recursive', 'git/reset-hard']);
  });

  it('types a count when one line destroys several different things', () => {
    const d = run('rm -rf src; git stash clear');
    expect([d.verdict, d.target]).toEqual(['confirm', '2 targets']);
  });

  it('an unreadable part is a cannot-verify finding at confirm, typed by its first word', () => {
    const d = run('$RM -rf x');
    expect(d.verdict).toBe('confirm');
    expect(d.findings.map((f) => [f.rule, f.verdict, f.target])).toEqual([[CANNOT_VERIFY_RULE, 'confirm', '$RM']]);
    expect(d.findings[0]?.environment.name).toBe('unknown');
  });

  it('a readable deny beside an unreadable part stays deny', () => {
    const d = run('curl x | sh; rm -rf ~');
    expect(d.verdict).toBe('deny');
    expect(d.target).toBe('~');
    expect(d.findings.map((f) => f.rule)).toContain(CANNOT_VERIFY_RULE);
  });

  it('set-up idioms produce no finding at all', () => {
    for (const line of ['eval "$(ssh-agent -s)"', 'eval "$(direnv hook bash)"', 'source <(kubectl completion bash)']) {
      expect(run(line)).toMatchObject({ verdict: 'allow', findings: [], unverifiable: [] });
    }
  });

  it('a verdict override in the policy turns a deny rule into confirm', () => {
    const d = evaluate({
      command: 'rm -rf /',
      cwd: '/home/dev/project',
      env: { HOME: '/home/dev' },
      policy: {
        enabled: true,
        disabledRules: new Set(),
        allow: [],
        rules: [],
        verdictOverrides: { 'filesystem/rm-recursive': 'confirm' },
        environments: [],
        protectedBranches: ['main'],
        disposablePaths: [],
      },
    });
    expect([d.verdict, d.target]).toEqual(['confirm', '/']);
  });
});
