import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { DEFAULT_POLICY } from '../../src/engine/model/policy';
import { httpCases } from './http.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(httpCases);

describe('raw API calls: environment and secrets', () => {
  const incident = `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer sk-secret-123" -d '{"query":"mutation { volumeDelete(volumeId: \\"vol-prod-1\\") }"}'`;

  it('a resource id mapped in settings names the environment', () => {
    const input = inputFor(incident);
    input.policy = { ...DEFAULT_POLICY, environments: [{ environment: 'production', hosts: [], contexts: [], resources: ['vol-prod-*'] }] };
    const f = evaluate(input).findings.find((x) => x.rule === 'http/graphql-destroying-mutation');
    expect(f?.environment.name).toBe('production');
  });

  it('an unmapped id is not read for words: the environment stays unknown', () => {
    const f = evaluate(inputFor(incident)).findings.find((x) => x.rule === 'http/graphql-destroying-mutation');
    expect(f?.environment.name).toBe('unknown');
  });

  it('never shows the authorization token', () => {
    const d = evaluate(inputFor(incident));
    expect(JSON.stringify(d.findings.map((f) => [f.reason, f.target, f.environment]))).not.toContain('sk-secret-123');
  });
});
