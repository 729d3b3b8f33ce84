// The user's settings as the engine sees them: allow patterns skip the gate, user rules add findings with
// source `user`, disabled rules stay silent, and a broken regex never matches.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';
import { DEFAULT_POLICY, type Policy, type UserRule } from '../../../src/engine/model/policy';
import { lineMatches } from '../../../src/engine/decide/userRules';

const run = (command: string, policy: Partial<Policy>): ReturnType<typeof evaluate> =>
  evaluate({ command, cwd: '/home/dev/project', env: { HOME: '/home/dev' }, policy: { ...DEFAULT_POLICY, ...policy } });

const userRule = (over: Partial<UserRule> & Pick<UserRule, 'match'>): UserRule => ({ id: 'user/no-deploy', verdict: 'confirm', severity: 'high', reason: 'deploys', ...over });

describe('user rules and allow patterns', () => {
  it('an allow pattern skips the gate for the whole line', () => {
    const d = run('rm -rf src', { allow: [{ kind: 'glob', pattern: 'rm -rf src' }] });
    expect(d).toMatchObject({ verdict: 'allow', findings: [] });
  });

  it('a command rule adds a user finding', () => {
    const d = run('make deploy-prod', { rules: [userRule({ match: { command: { kind: 'glob', pattern: 'make deploy-*' } } })] });
    expect(d.findings.map((f) => [f.rule, f.source, f.verdict, f.target])).toEqual([['user/no-deploy', 'user', 'confirm', 'deploy-prod']]);
  });

  it('a deny user rule denies', () => {
    const d = run('make nuke', { rules: [userRule({ id: 'user/nuke', verdict: 'deny', match: { command: { kind: 'regex', pattern: '^make\\s+nuke$' } } })] });
    expect([d.verdict, d.findings[0]?.source]).toEqual(['deny', 'user']);
  });

  it('a SQL user rule finds the statement wherever the SQL is', () => {
    const d = run('psql -c "DELETE FROM users WHERE id = 1"', { rules: [userRule({ id: 'user/any-delete', match: { sql: { verb: 'delete' } } })] });
    expect(d.findings.map((f) => [f.rule, f.target])).toEqual([['user/any-delete', 'users']]);
  });

  it('a disabled built-in rule stays silent', () => {
    expect(run('git reset --hard', { disabledRules: new Set(['git/reset-hard']) }).verdict).toBe('allow');
  });

  it('a broken regex never matches', () => {
    expect(lineMatches({ kind: 'regex', pattern: '([' }, 'anything')).toBe(false);
  });

  it('the gate switched off allows everything', () => {
    expect(run('rm -rf /', { enabled: false }).verdict).toBe('allow');
  });
});
