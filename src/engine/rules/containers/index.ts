import type { Rule } from '../rule';
import { composeDownVolumes } from './composeDownVolumes';
import { containerRemoveVolumes, systemPruneVolumes, volumeRemove } from './volumeDelete';

export const containersRules: readonly Rule[] = [volumeRemove, systemPruneVolumes, containerRemoveVolumes, composeDownVolumes];
