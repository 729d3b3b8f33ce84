import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { railwayCases } from './railway.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(railwayCases);

describe('railway: folder link facts', () => {
  it('the folder link names the environment and the project', () => {
    const input = inputFor('railway delete --yes');
    input.facts = { railway: { project: 'shop', environment: 'production', source: 'Railway link' } };
    const f = evaluate(input).findings.find((x) => x.rule === 'railway/delete');
    expect(f?.target).toBe('shop');
    expect(f?.environment.name).toBe('production');
    expect(f?.preAnswered).toEqual(['--yes']);
  });

  it('--environment on the line and a staging link disagree: the more dangerous wins', () => {
    const input = inputFor('railway volume delete --volume data -e production');
    input.facts = { railway: { project: 'shop', environment: 'staging', source: 'Railway link' } };
    expect(evaluate(input).findings.find((x) => x.rule === 'railway/delete')?.environment.name).toBe('production');
  });
});
