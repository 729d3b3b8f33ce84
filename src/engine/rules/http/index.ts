import type { Rule } from '../rule';

export const httpRules: readonly Rule[] = [];
