import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { DEFAULT_POLICY } from '../../src/engine/model/policy';
import type { Decision } from '../../src/engine/model/decision';
import { inputFor, runRuleTables } from './ruleTable';
import { gitCases } from './git.cases';
import { gitRules } from '../../src/engine/rules/git';

runRuleTables(gitCases);

// The table carries no facts or policy; these cases need the current branch or a configured branch list.
describe('git rules with the current branch known', () => {
  const onBranch = (command: string, gitBranch: string): Decision => evaluate({ ...inputFor(command), facts: { gitBranch } });
  const hits = (d: Decision): [string, string, string][] => d.findings.map((f) => [f.rule, f.verdict, f.target]);

  it('types the branch for whole-repository actions', () => {
    expect(hits(onBranch('git reset --hard', 'feature/login'))).toEqual([['git/reset-hard', 'confirm', 'feature/login']]);
    expect(hits(onBranch('git clean -fd', 'main'))).toEqual([['git/clean-force', 'confirm', 'main']]);
  });

  it('types the folder when -C points elsewhere, since the branch fact is for this folder', () => {
    expect(hits(onBranch('git -C ../other reset --hard', 'main'))).toEqual([['git/reset-hard', 'confirm', 'other']]);
  });

  it('allows a bare force push from a branch that is not protected', () => {
    expect(onBranch('git push --force', 'feature/x').verdict).toBe('allow');
    expect(onBranch('git push -f origin HEAD', 'feature/x').verdict).toBe('allow');
  });

  it('gates a bare force push from a protected branch, typing that branch', () => {
    expect(hits(onBranch('git push --force', 'main'))).toEqual([['git/push-force-protected', 'confirm', 'main']]);
    expect(hits(onBranch('git push -f origin HEAD', 'release/2.0'))).toEqual([['git/push-force-protected', 'confirm', 'release/2.0']]);
  });

  it('honours a configured protected-branch list', () => {
    const policy = { ...DEFAULT_POLICY, protectedBranches: ['develop', 'env/*'] };
    const run = (command: string): Decision => evaluate({ ...inputFor(command), policy });
    expect(hits(run('git push --force origin develop'))).toEqual([['git/push-force-protected', 'confirm', 'develop']]);
    expect(hits(run('git push --force origin env/eu'))).toEqual([['git/push-force-protected', 'confirm', 'env/eu']]);
    expect(run('git push --force origin main').verdict).toBe('allow');
  });

  it('resolves local git actions to development', () => {
    expect(onBranch('git reset --hard', 'main').environment?.name).toBe('development');
  });
});

// A new rule in the pack fails here until it has a table of its own.
describe('git pack coverage', () => {
  it('has a table for every rule id', () => {
    expect(gitCases.map((c) => c.rule).sort()).toEqual([...gitRules.map((r) => r.id)].sort());
  });
});
