import type { Rule } from '../rule';
import { railwayDelete } from './railwayDelete';

export const railwayRules: readonly Rule[] = [railwayDelete];
