import type { Rule } from '../rule';

export const azureRules: readonly Rule[] = [];
