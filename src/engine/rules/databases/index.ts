import type { Rule } from '../rule';

export const databasesRules: readonly Rule[] = [];
