import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { containersCases } from './containers.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(containersCases);

describe('containers: consent flags', () => {
  it('-f on volume rm is pre-answered and the verdict stays confirm', () => {
    const f = evaluate(inputFor('docker volume rm -f pgdata')).findings.find((x) => x.rule === 'containers/volume-rm');
    expect(f?.verdict).toBe('confirm');
    expect(f?.preAnswered).toEqual(['-f']);
  });
});
