import type { Rule } from '../rule';

export const interpretersRules: readonly Rule[] = [];
