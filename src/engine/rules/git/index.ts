import type { Rule } from '../rule';

export const gitRules: readonly Rule[] = [];
