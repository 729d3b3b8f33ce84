import type { Rule } from '../rule';

export const kubernetesRules: readonly Rule[] = [];
