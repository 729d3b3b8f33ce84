import type { Rule } from '../rule';

export const platformsRules: readonly Rule[] = [];
