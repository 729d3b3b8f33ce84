import { runRuleTables } from './ruleTable';
import { automationCases } from './automation.cases';

runRuleTables(automationCases);
