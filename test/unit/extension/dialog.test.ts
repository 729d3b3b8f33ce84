import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../src/engine/model/decision';
import { OneShotPasses } from '../../../src/extension/gate/oneShotPasses';
import { RequestQueue } from '../../../src/extension/gate/requestQueue';
import { confirmText, denyText, environmentLine, isDangerousEnvironment, whoAsked } from '../../../src/extension/ui/dialogText';
import { redact } from '../../../src/extension/ui/redact';

describe('redaction', () => {
  it.each([
    ['curl -H "Authorization: Bearer abc.def-123" https://x', 'abc.def-123'],
    ['psql postgres://admin:hunter2@db.prod.internal/app', 'hunter2'],
    ['GITHUB_TOKEN=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaa gh repo delete x', 'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ['railway --token sk_live_zzz volume delete', 'sk_live_zzz'],
    ['curl -d \'{"query":"x","apiToken":"s3cr3t"}\'', 's3cr3t'],
    ['mysql --password=topsecret -e "DROP TABLE t"', 'topsecret'],
    ['curl -H "X-Api-Key: k-123" https://x', 'k-123'],
  ])('hides the secret in %s', (line, secret) => {
    expect(redact(line)).not.toContain(secret);
  });
  it('keeps the rest of the line readable', () => {
    expect(redact('psql postgres://admin:hunter2@db.prod.internal/app -c "DROP TABLE users"')).toBe('psql postgres://admin:***@db.prod.internal/app -c "DROP TABLE users"');
  });
});

const decision: Decision = {
  verdict: 'confirm',
  findings: [{ rule: 'railway/delete', severity: 'critical', verdict: 'confirm', reason: 'deletes the volume', target: 'vol-1', environment: { name: 'production', evidence: ['from RAILWAY_ENVIRONMENT=production'] }, source: 'built-in', command: 'railway volume delete vol-1' }],
  target: 'vol-1',
  environment: { name: 'production', evidence: ['from RAILWAY_ENVIRONMENT=production'] },
  unverifiable: [],
  trace: [],
};

describe('dialog text', () => {
  it('names the environment in capitals with its evidence, or says unknown means production', () => {
    expect(environmentLine(decision.environment)).toBe('PRODUCTION, from RAILWAY_ENVIRONMENT=production');
    expect(environmentLine({ name: 'unknown', evidence: [] })).toBe('UNKNOWN, no evidence: treat as production');
    expect(environmentLine(undefined)).toBe('UNKNOWN, no evidence: treat as production');
    expect(isDangerousEnvironment({ name: 'staging', evidence: [] })).toBe(false);
    expect(isDangerousEnvironment({ name: 'unknown', evidence: [] })).toBe(true);
  });
  it('says who asked', () => {
    expect(whoAsked({ kind: 'agent-hook', agent: 'claude-code' })).toBe('Claude Code (tool-call hook)');
    expect(whoAsked({ kind: 'mcp-proxy', server: 'railway' })).toBe('MCP server railway');
  });
  it('puts the environment, rule, redacted command and target in the confirm text', () => {
    const t = confirmText(decision, 'RAILWAY_TOKEN=abc railway volume delete vol-1', { kind: 'terminal', label: 'bash' }, '/w');
    const lines = t.detail.split('\n');
    expect(lines[0]).toBe('ENVIRONMENT: PRODUCTION, from RAILWAY_ENVIRONMENT=production');
    expect(lines).toContain('Rule: railway/delete (critical) on vol-1');
    expect(lines).toContain('Command: RAILWAY_TOKEN=*** railway volume delete vol-1');
    expect(lines.at(-1)).toBe('To go on you must type: vol-1');
  });
  it('the deny text names the setting that would change it', () => {
    const d: Decision = { ...decision, verdict: 'deny', findings: [{ ...decision.findings[0]!, rule: 'filesystem/rm-root', verdict: 'deny' }] };
    expect(denyText(d, 'rm -rf /', { kind: 'terminal' }, '/').detail).toContain('"destructiveGate.verdictOverrides": { "filesystem/rm-root": "confirm" }');
  });
});

describe('request queue', () => {
  it('runs one job at a time in arrival order and joins identical pending requests', async () => {
    const q = new RequestQueue<string>();
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const a = q.run('a', async () => {
      order.push('a-start');
      await gate;
      order.push('a-end');
      return 'A';
    });
    const b = q.run('b', async () => {
      order.push('b');
      return 'B';
    });
    const a2 = q.run('a', async () => 'never');
    expect(a2.joined).toBe(true);
    release();
    expect(await Promise.all([a.result, b.result, a2.result])).toEqual(['A', 'B', 'A']);
    expect(order).toEqual(['a-start', 'a-end', 'b']);
  });
  it('keeps going after a failing job', async () => {
    const q = new RequestQueue<string>();
    const bad = q.run('x', () => Promise.reject(new Error('boom')));
    const good = q.run('y', async () => 'ok');
    await expect(bad.result).rejects.toThrow('boom');
    expect(await good.result).toBe('ok');
  });
});

describe('one-shot passes', () => {
  it('is used once, for the same line and folder, within 60 s', () => {
    let now = 0;
    const p = new OneShotPasses(() => now);
    p.grant('rm -rf x', '/w');
    expect(p.consume('rm -rf x', '/other')).toBe(false);
    expect(p.consume('rm -rf x', '/w')).toBe(true);
    expect(p.consume('rm -rf x', '/w')).toBe(false);
    p.grant('rm -rf x', '/w');
    now = 60_001;
    expect(p.consume('rm -rf x', '/w')).toBe(false);
  });
});
