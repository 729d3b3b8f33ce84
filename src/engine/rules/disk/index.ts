import type { Rule } from '../rule';
import { formatDisk } from './formatDisk';
import { ddDevice } from './ddDevice';
import { partitionTable } from './partitionTable';
import { volumeRemove } from './volumeManagers';

export const diskRules: readonly Rule[] = [formatDisk, ddDevice, partitionTable, volumeRemove];
