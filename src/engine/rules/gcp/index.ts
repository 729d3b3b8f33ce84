import type { Rule } from '../rule';
import { gcloudDelete } from './gcloudDelete';
import { gsutilDelete } from './gsutilDelete';

// `bq rm` is read by the databases pack (databases/warehouse-drop).
export const gcpRules: readonly Rule[] = [gcloudDelete, gsutilDelete];
