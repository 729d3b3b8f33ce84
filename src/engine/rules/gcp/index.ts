import type { Rule } from '../rule';
import { bqRemove } from './bqRemove';
import { gcloudDelete } from './gcloudDelete';
import { gsutilDelete } from './gsutilDelete';

export const gcpRules: readonly Rule[] = [gcloudDelete, gsutilDelete, bqRemove];
