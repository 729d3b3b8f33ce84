import { flyCases } from './fly.cases';
import { runRuleTables } from './ruleTable';

runRuleTables(flyCases);
