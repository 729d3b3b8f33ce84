import { runRuleTables } from './ruleTable';
import { diskCases } from './disk.cases';

runRuleTables(diskCases);
