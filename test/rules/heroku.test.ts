import { herokuCases } from './heroku.cases';
import { runRuleTables } from './ruleTable';

runRuleTables(herokuCases);
