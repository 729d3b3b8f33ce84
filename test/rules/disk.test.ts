import { describe, expect, it } from 'vitest';
import { runRuleTables } from './ruleTable';
import { diskCases } from './disk.cases';
import { diskRules } from '../../src/engine/rules/disk';

runRuleTables(diskCases);

// A new rule in the pack fails here until it has a table of its own.
describe('disk pack coverage', () => {
  it('has a table for every rule id', () => {
    expect(diskCases.map((c) => c.rule).sort()).toEqual([...diskRules.map((r) => r.id)].sort());
  });
});
