import type { Rule } from '../rule';
import { appPlatformRules } from './appPlatforms';
import { cloudProviderRules } from './cloudProviders';

// Supabase's database resets (db reset, migration down, stop --no-backup) are read by the databases pack.
export const platformsRules: readonly Rule[] = [...appPlatformRules, ...cloudProviderRules];
