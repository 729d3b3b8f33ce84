import { azureCases } from './azure.cases';
import { runRuleTables } from './ruleTable';

runRuleTables(azureCases);
