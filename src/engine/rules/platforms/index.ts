import type { Rule } from '../rule';
import { appPlatformRules } from './appPlatforms';
import { cloudProviderRules } from './cloudProviders';
import { supabaseStopNoBackup } from './supabaseStopNoBackup';

export const platformsRules: readonly Rule[] = [...appPlatformRules, ...cloudProviderRules, supabaseStopNoBackup];
