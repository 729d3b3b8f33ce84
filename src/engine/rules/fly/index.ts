import type { Rule } from '../rule';
import { flyDestroy } from './flyDestroy';

export const flyRules: readonly Rule[] = [flyDestroy];
