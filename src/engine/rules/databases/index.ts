import type { Rule } from '../rule';
import { dropdbRule, dropuserRule, mysqladminDropRule, pgDropclusterRule } from './dropCommands';
import { frameworkResetRules } from './frameworkResets';
import { mongoRules } from './mongoRules';
import { redisFlushRule } from './redisFlush';
import { restoreWithDropRule } from './restoreWithDrop';
import { sqlStatementRules } from './sqlStatementRules';
import { warehouseDropRule } from './warehouseDrop';
import { railsRunner } from './railsRunner';

export const databasesRules: readonly Rule[] = [
  ...sqlStatementRules,
  ...mongoRules,
  redisFlushRule,
  dropdbRule,
  dropuserRule,
  mysqladminDropRule,
  pgDropclusterRule,
  restoreWithDropRule,
  warehouseDropRule,
  ...frameworkResetRules,
  railsRunner,
];
