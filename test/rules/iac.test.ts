import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { iacCases } from './iac.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(iacCases);

describe('iac: workspace facts and consent flags', () => {
  it('the selected terraform workspace names the environment', () => {
    const input = inputFor('terraform destroy');
    input.facts = { terraformWorkspace: { name: 'production', source: '.terraform/environment' } };
    const f = evaluate(input).findings.find((x) => x.rule === 'iac/terraform-destroy');
    expect(f?.environment.name).toBe('production');
    expect(f?.target).toBe('project');
  });

  it('-auto-approve is pre-answered, never consent', () => {
    const f = evaluate(inputFor('terraform destroy -auto-approve')).findings.find((x) => x.rule === 'iac/terraform-destroy');
    expect(f?.verdict).toBe('confirm');
    expect(f?.preAnswered).toEqual(['-auto-approve']);
  });
});
