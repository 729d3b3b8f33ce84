import { describe, expect, it } from 'vitest';
import { runRuleTables } from './ruleTable';
import { systemCases } from './system.cases';
import { systemRules } from '../../src/engine/rules/system';

runRuleTables(systemCases);

// A new rule in the pack fails here until it has a table of its own.
describe('system pack coverage', () => {
  it('has a table for every rule id', () => {
    expect(systemCases.map((c) => c.rule).sort()).toEqual([...systemRules.map((r) => r.id)].sort());
  });
});
