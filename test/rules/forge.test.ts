import { runRuleTables } from './ruleTable';
import { forgeCases } from './forge.cases';

runRuleTables(forgeCases);
