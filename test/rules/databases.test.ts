import { runRuleTables } from './ruleTable';
import { databasesCases } from './databases.cases';

runRuleTables(databasesCases);
