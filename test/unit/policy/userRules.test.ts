// User rules from settings: each matcher kind gates what built-in rules let through, and allow patterns skip the gate.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';
import { DEFAULT_POLICY, type Policy, type UserRule } from '../../../src/engine/model/policy';

const CWD = '/home/dev/project';
const ENV = { HOME: '/home/dev' };

function policyWith(rules: UserRule[], extra: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, rules, ...extra };
}

function rule(id: string, match: UserRule['match'], verdict: UserRule['verdict'] = 'confirm'): UserRule {
  return { id, verdict, severity: 'high', reason: `user rule ${id}`, match };
}

describe('user rules', () => {
  it('gates a command by glob, with the last argument as target', () => {
    const d = evaluate({ command: 'make deploy-prod', cwd: CWD, env: ENV, policy: policyWith([rule('user/deploys', { command: { kind: 'glob', pattern: 'make deploy-*' } })]) });
    expect(d.verdict).toBe('confirm');
    expect(d.findings.map((f) => [f.rule, f.source, f.target])).toEqual([['user/deploys', 'user', 'deploy-prod']]);
  });

  it('gates a command by regex and uses the target hint', () => {
    const r = { ...rule('user/seed', { command: { kind: 'regex', pattern: '^npm run seed\\b' } }), targetHint: 'seed' };
    const d = evaluate({ command: 'npm run seed -- --fresh', cwd: CWD, env: ENV, policy: policyWith([r]) });
    expect(d.target).toBe('seed');
  });

  it('gates a SQL verb that the default policy allows (a targeted DELETE)', () => {
    const p = policyWith([rule('user/any-delete', { sql: { verb: 'delete' } })]);
    const d = evaluate({ command: `psql -c "DELETE FROM orders WHERE id = 7"`, cwd: CWD, env: ENV, policy: p });
    expect(d.findings.map((f) => [f.rule, f.target])).toEqual([['user/any-delete', 'orders']]);
    expect(evaluate({ command: `psql -c "SELECT 1"`, cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
  });

  it('matches the SQL object kind when given', () => {
    const p = policyWith([rule('user/create-index', { sql: { verb: 'CREATE', object: 'INDEX' } })]);
    expect(evaluate({ command: `psql -c "CREATE INDEX i ON t(x)"`, cwd: CWD, env: ENV, policy: p }).verdict).toBe('confirm');
    expect(evaluate({ command: `psql -c "CREATE TABLE t(x int)"`, cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
  });

  it('gates a GraphQL mutation field by glob', () => {
    const p = policyWith([rule('user/deploys', { graphqlField: 'serviceInstance*' })]);
    const body = JSON.stringify({ query: 'mutation { serviceInstanceRedeploy(serviceId: "svc_1", environmentId: "env_9") }' });
    const d = evaluate({ command: `curl -X POST https://api.example.com/graphql -d '${body}'`, cwd: CWD, env: ENV, policy: p });
    expect(d.findings.map((f) => f.rule)).toEqual(['user/deploys']);
  });

  it('gates an MCP tool by glob over server.tool', () => {
    const p = policyWith([rule('user/deploy-tool', { mcpTool: 'railway.deploy*' })]);
    const call = (name: string) => ({ hook_event_name: 'PreToolUse', tool_name: name, tool_input: { serviceId: 's1' }, cwd: CWD, session_id: 's' });
    const d = evaluate({ tool: { agent: 'claude-code', payload: call('mcp__railway__deploy_service') }, cwd: CWD, env: ENV, policy: p });
    expect(d.findings.map((f) => [f.rule, f.target])).toEqual([['user/deploy-tool', 'deploy_service']]);
    const other = evaluate({ tool: { agent: 'claude-code', payload: call('mcp__github__deploy_service') }, cwd: CWD, env: ENV, policy: p });
    expect(other.verdict).toBe('allow');
  });

  it('a deny user rule denies', () => {
    const d = evaluate({ command: 'nuke-everything', cwd: CWD, env: ENV, policy: policyWith([rule('user/nuke', { command: { kind: 'glob', pattern: 'nuke-*' } }, 'deny')]) });
    expect(d.verdict).toBe('deny');
  });

  it('a disabled user rule does not fire', () => {
    const p = policyWith([rule('user/deploys', { command: { kind: 'glob', pattern: 'make deploy-*' } })], { disabledRules: new Set(['user/deploys']) });
    expect(evaluate({ command: 'make deploy-prod', cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
  });
});

describe('allow patterns and built-in overrides', () => {
  it('an allow pattern skips the gate for the whole line', () => {
    const p: Policy = { ...DEFAULT_POLICY, allow: [{ kind: 'glob', pattern: 'rm -rf ./generated*' }] };
    expect(evaluate({ command: 'rm -rf ./generated-sdk', cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
    expect(evaluate({ command: 'rm -rf ./src', cwd: CWD, env: ENV, policy: p }).verdict).toBe('confirm');
  });

  it('a disabled built-in rule no longer fires', () => {
    const p: Policy = { ...DEFAULT_POLICY, disabledRules: new Set(['git/reset-hard']) };
    expect(evaluate({ command: 'git reset --hard', cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
  });

  it('a verdict override turns a deny rule into confirm', () => {
    const p: Policy = { ...DEFAULT_POLICY, verdictOverrides: { 'filesystem/rm-recursive': 'confirm' } };
    expect(evaluate({ command: 'rm -rf /', cwd: CWD, env: ENV, policy: p }).verdict).toBe('confirm');
  });

  it('extra disposable paths from settings pass', () => {
    const p: Policy = { ...DEFAULT_POLICY, disposablePaths: ['/home/dev/project/.generated/**', '/home/dev/project/.generated'] };
    expect(evaluate({ command: 'rm -rf .generated', cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
  });

  it('protected branches come from settings', () => {
    const p: Policy = { ...DEFAULT_POLICY, protectedBranches: ['develop'] };
    expect(evaluate({ command: 'git push -f origin develop', cwd: CWD, env: ENV, policy: p }).verdict).toBe('confirm');
    expect(evaluate({ command: 'git push -f origin main', cwd: CWD, env: ENV, policy: p }).verdict).toBe('allow');
  });

  it('a disabled gate allows everything', () => {
    expect(evaluate({ command: 'rm -rf /', cwd: CWD, env: ENV, policy: { ...DEFAULT_POLICY, enabled: false } }).verdict).toBe('allow');
  });
});
