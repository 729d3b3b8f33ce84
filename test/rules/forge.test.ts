import { describe, expect, it } from 'vitest';
import { runRuleTables } from './ruleTable';
import { forgeCases } from './forge.cases';
import { forgeRules } from '../../src/engine/rules/forge';

runRuleTables(forgeCases);

// A new rule in the pack fails here until it has a table of its own.
describe('forge pack coverage', () => {
  it('has a table for every rule id', () => {
    expect(forgeCases.map((c) => c.rule).sort()).toEqual([...forgeRules.map((r) => r.id)].sort());
  });
});
