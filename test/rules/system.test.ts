import { runRuleTables } from './ruleTable';
import { systemCases } from './system.cases';

runRuleTables(systemCases);
