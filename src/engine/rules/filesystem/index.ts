import type { Rule } from '../rule';

export const filesystemRules: readonly Rule[] = [];
