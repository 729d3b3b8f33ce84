import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { gcpCases } from './gcp.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(gcpCases);

describe('gcp: active project facts', () => {
  it('the gcloud active project names the environment', () => {
    const input = inputFor('gcloud sql instances delete orders');
    input.facts = { gcloud: { project: 'acme-prod', configuration: 'default', source: 'gcloud configuration default' } };
    expect(evaluate(input).findings.find((x) => x.rule === 'gcp/resource-delete')?.environment.name).toBe('production');
  });

  it('--quiet is reported as pre-answered', () => {
    const f = evaluate(inputFor('gcloud sql instances delete db --quiet')).findings.find((x) => x.rule === 'gcp/resource-delete');
    expect(f?.preAnswered).toEqual(['--quiet']);
  });
});
