import type { Rule } from '../rule';
import { sqlStatementRules } from './sqlStatementRules';

export const databasesRules: readonly Rule[] = [...sqlStatementRules];
