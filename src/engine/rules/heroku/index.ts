import type { Rule } from '../rule';
import { herokuDestroy } from './herokuDestroy';

export const herokuRules: readonly Rule[] = [herokuDestroy];
