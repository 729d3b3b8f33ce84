import { runRuleTables } from './ruleTable';
import { interpretersCases } from './interpreters.cases';

runRuleTables(interpretersCases);
