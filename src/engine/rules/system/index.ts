import type { Rule } from '../rule';
import { accountData } from './accountData';
import { gateExtension, gateKeys, gateVariables } from './disarmGate';
import { windowsDelete } from './windowsDelete';

export const systemRules: readonly Rule[] = [accountData, windowsDelete, gateVariables, gateKeys, gateExtension];
