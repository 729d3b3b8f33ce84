import type { Rule } from '../rule';

export const iacRules: readonly Rule[] = [];
