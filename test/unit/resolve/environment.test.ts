// Where an action lands: names normalised to an environment, evidence gathered per tool, disagreeing
// evidence resolved to the more dangerous side with both shown, and the user's mapping applied.

import { describe, expect, it } from 'vitest';
import { hostOf, normaliseEnvironmentName, resolveEnvironment, type EnvironmentQuery } from '../../../src/engine/resolve/environment';
import { evaluate } from '../../../src/engine/evaluate';
import { DEFAULT_POLICY, type EnvironmentMapping } from '../../../src/engine/model/policy';
import type { EnvironmentName } from '../../../src/engine/model/decision';

const CWD = '/home/dev/project';

function query(q: Partial<EnvironmentQuery>): EnvironmentQuery {
  return { tool: 'platform', hints: [], assigns: {}, env: {}, mappings: [], cwd: CWD, ...q };
}

function mapping(environment: EnvironmentMapping['environment'], m: Partial<Omit<EnvironmentMapping, 'environment'>>): EnvironmentMapping {
  return { environment, hosts: [], contexts: [], resources: [], ...m };
}

describe('normaliseEnvironmentName', () => {
  const table: [string, EnvironmentName | undefined][] = [
    ['prod', 'production'],
    ['production', 'production'],
    ['PROD', 'production'],
    ['prd', 'production'],
    ['live', 'production'],
    ['prod-eu', 'production'],
    ['eu-prod', 'production'],
    ['prod2', 'production'],
    ['db.prod.internal', 'production'],
    ['prod-eu.example.com', 'production'],
    ['app_production_us', 'production'],
    ['stag', 'staging'],
    ['staging', 'staging'],
    ['stg', 'staging'],
    ['preprod', 'staging'],
    ['uat', 'staging'],
    ['db.stg.internal', 'staging'],
    ['staging2', 'staging'],
    ['dev', 'development'],
    ['development', 'development'],
    ['local', 'development'],
    ['localhost', 'development'],
    ['127.0.0.1', 'development'],
    ['127.0.1.1', 'development'],
    ['test', 'development'],
    ['dev-eu', 'development'],
    // Several words: the more dangerous one wins.
    ['prod-dev', 'production'],
    ['staging-dev', 'staging'],
    // Words that only contain the letters of an environment name are not evidence.
    ['product', undefined],
    ['devops', undefined],
    ['livestock', undefined],
    ['latest', undefined],
    ['contest', undefined],
    ['eu-west-1', undefined],
    ['vol_123', undefined],
    ['', undefined],
    ['   ', undefined],
  ];
  for (const [value, expected] of table) {
    it(`${JSON.stringify(value)} → ${expected ?? 'no environment'}`, () => {
      expect(normaliseEnvironmentName(value)).toBe(expected);
    });
  }
});

describe('hostOf', () => {
  it('takes the host of URLs and connection strings, never their credentials', () => {
    expect(hostOf('postgres://app:s3cret@db.prod.internal:5432/app')).toBe('db.prod.internal');
    expect(hostOf('https://api.staging.example.com/v1/x?y=1')).toBe('api.staging.example.com');
    expect(hostOf('redis://[::1]:6379')).toBe('[::1]');
    expect(hostOf('db.example.com')).toBe('db.example.com');
    expect(hostOf('prod-db')).toBe('prod-db');
    expect(hostOf('not a host')).toBeUndefined();
  });
});

describe('resolveEnvironment', () => {
  it('is unknown, treated as production, when a remote tool has no evidence', () => {
    const e = resolveEnvironment(query({ tool: 'railway' }));
    expect(e.name).toBe('unknown');
    expect(e.evidence).toEqual(['no evidence found: treat as production']);
  });

  it('says why unmapped evidence did not count', () => {
    const e = resolveEnvironment(query({ hints: [{ kind: 'resource', value: 'vol_123', label: 'from volume id vol_123' }] }));
    expect(e.name).toBe('unknown');
    expect(e.evidence).toContain('from volume id vol_123: not a known environment');
  });

  it('is development for local filesystem and git actions, and not for the same action over ssh', () => {
    expect(resolveEnvironment(query({ tool: 'filesystem' })).name).toBe('development');
    expect(resolveEnvironment(query({ tool: 'git' })).name).toBe('development');
    expect(resolveEnvironment(query({ tool: 'filesystem', remoteHost: 'web1' })).name).toBe('unknown');
    const remote = resolveEnvironment(query({ tool: 'filesystem', remoteHost: 'web1.staging.example.com' }));
    expect(remote).toEqual({ name: 'staging', evidence: ['from ssh host web1.staging.example.com'] });
  });

  it('reads a flag hint with its label', () => {
    const e = resolveEnvironment(query({ tool: 'railway', hints: [{ kind: 'flag', value: 'production', label: 'from --environment production' }] }));
    expect(e).toEqual({ name: 'production', evidence: ['from --environment production'] });
  });

  it('lets the more dangerous evidence win when evidence disagrees, and lists both', () => {
    const e = resolveEnvironment(
      query({
        tool: 'railway',
        hints: [{ kind: 'host', value: 'db.prod.internal', label: 'from host db.prod.internal' }],
        env: { RAILWAY_ENVIRONMENT: 'staging' },
      }),
    );
    expect(e.name).toBe('production');
    expect(e.evidence).toContain('from host db.prod.internal');
    expect(e.evidence).toContain('from RAILWAY_ENVIRONMENT=staging (in the terminal)');
    expect(e.evidence.some((x) => x.includes('disagrees'))).toBe(true);
  });

  it('lets a production connection string beat a staging folder mapping', () => {
    const e = resolveEnvironment(
      query({
        tool: 'sql',
        env: { DATABASE_URL: 'postgres://app:s3cret@db.prod.internal/app' },
        mappings: [mapping('staging', { contexts: ['/home/dev/project'] })],
      }),
    );
    expect(e.name).toBe('production');
    expect(e.evidence).toContain('from DATABASE_URL host db.prod.internal (in the terminal)');
    expect(e.evidence).toContain('from folder /home/dev/project (mapped to staging in settings)');
    expect(e.evidence.join('\n')).not.toContain('s3cret');
  });

  it('prefers an assignment on the command over the terminal in its label', () => {
    const e = resolveEnvironment(query({ tool: 'framework', assigns: { RAILS_ENV: 'production' }, env: { RAILS_ENV: 'development' } }));
    expect(e).toEqual({ name: 'production', evidence: ['from RAILS_ENV=production (on the command)'] });
  });

  it('applies the user mapping: a host glob to production', () => {
    const mappings = [mapping('production', { hosts: ['*.corp.example.com'] })];
    const e = resolveEnvironment(query({ tool: 'sql', hints: [{ kind: 'host', value: 'db1.corp.example.com', label: 'from host db1.corp.example.com' }], mappings }));
    expect(e).toEqual({ name: 'production', evidence: ['from host db1.corp.example.com (mapped to production in settings)'] });
  });

  it('applies the user mapping: resource ids and contexts', () => {
    const mappings = [mapping('production', { resources: ['vol_9*'] }), mapping('staging', { contexts: ['eks-blue'] })];
    expect(resolveEnvironment(query({ hints: [{ kind: 'resource', value: 'vol_901', label: 'from volume vol_901' }], mappings })).name).toBe('production');
    expect(resolveEnvironment(query({ tool: 'kubernetes', facts: { kubeContext: { name: 'eks-blue', source: 'kubeconfig' } }, mappings })).name).toBe('staging');
  });

  it('binds tool variables and facts only to their own tool', () => {
    const env = { RAILWAY_ENVIRONMENT: 'staging', AWS_PROFILE: 'prod' };
    const facts = { railway: { environment: 'staging', source: 'railway link' }, kubeContext: { name: 'prod-eu', source: 'kubeconfig' } };
    expect(resolveEnvironment(query({ tool: 'railway', env, facts })).name).toBe('staging');
    expect(resolveEnvironment(query({ tool: 'aws', env, facts })).name).toBe('production');
    expect(resolveEnvironment(query({ tool: 'kubernetes', env, facts })).name).toBe('production');
    expect(resolveEnvironment(query({ tool: 'http', env, facts })).name).toBe('unknown');
  });
});

describe('environment through evaluate()', () => {
  const railwayDelete = 'railway volume delete vol_123';
  const curlDelete = `curl -X POST https://backboard.railway.app/graphql/v2 -H 'Content-Type: application/json' -d '{"query":"mutation { volumeDelete(volumeId: \\"vol_123\\") }"}'`;

  it('RAILWAY_ENVIRONMENT binds the railway CLI', () => {
    const d = evaluate({ command: railwayDelete, cwd: CWD, env: { HOME: '/home/dev', RAILWAY_ENVIRONMENT: 'staging' } });
    expect(d.verdict).toBe('confirm');
    expect(d.environment?.name).toBe('staging');
  });

  it('RAILWAY_ENVIRONMENT does not bind a curl to the API', () => {
    const d = evaluate({ command: curlDelete, cwd: CWD, env: { HOME: '/home/dev', RAILWAY_ENVIRONMENT: 'staging' }, facts: { railway: { environment: 'staging', source: 'railway link' } } });
    expect(d.verdict).toBe('confirm');
    expect(d.findings.map((f) => f.environment.name)).toEqual(['unknown']);
  });

  it('a user mapping of the volume id gives the curl its environment', () => {
    const policy = { ...DEFAULT_POLICY, environments: [mapping('production', { resources: ['vol_123'] })] };
    const d = evaluate({ command: curlDelete, cwd: CWD, env: { HOME: '/home/dev', RAILWAY_ENVIRONMENT: 'staging' }, policy });
    expect(d.environment?.name).toBe('production');
  });
});
