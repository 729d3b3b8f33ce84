import { platformsCases } from './platforms.cases';
import { runRuleTables } from './ruleTable';

runRuleTables(platformsCases);
