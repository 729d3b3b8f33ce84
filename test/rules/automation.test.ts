import { describe, expect, it } from 'vitest';
import { runRuleTables } from './ruleTable';
import { automationCases } from './automation.cases';
import { automationRules } from '../../src/engine/rules/automation';

runRuleTables(automationCases);

// A new rule in the pack fails here until it has a table of its own.
describe('automation pack coverage', () => {
  it('has a table for every rule id', () => {
    expect(automationCases.map((c) => c.rule).sort()).toEqual([...automationRules.map((r) => r.id), 'databases/rails-runner-destroy'].sort());
  });
});
