import type { Rule } from '../rule';

export const containersRules: readonly Rule[] = [];
