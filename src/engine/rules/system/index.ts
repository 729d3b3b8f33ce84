import type { Rule } from '../rule';
import { accountData } from './accountData';
import { windowsDelete } from './windowsDelete';

export const systemRules: readonly Rule[] = [accountData, windowsDelete];
