import type { Rule } from '../rule';

export const flyRules: readonly Rule[] = [];
