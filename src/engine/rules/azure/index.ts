import type { Rule } from '../rule';
import { azResourceDelete } from './resourceDelete';

export const azureRules: readonly Rule[] = [azResourceDelete];
