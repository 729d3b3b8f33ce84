import type { Rule } from '../rule';

export const railwayRules: readonly Rule[] = [];
