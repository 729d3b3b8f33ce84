import type { Rule } from '../rule';

export const herokuRules: readonly Rule[] = [];
