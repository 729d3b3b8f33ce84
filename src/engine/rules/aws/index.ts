import type { Rule } from '../rule';

export const awsRules: readonly Rule[] = [];
