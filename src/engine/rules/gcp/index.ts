import type { Rule } from '../rule';

export const gcpRules: readonly Rule[] = [];
