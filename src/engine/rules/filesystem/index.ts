import type { Rule } from '../rule';
import { rmRecursive } from './rmRecursive';
import { rmProtectedFile } from './rmFile';
import { findDelete } from './findDelete';
import { shred } from './shred';
import { truncateFile } from './truncate';
import { rsyncDelete } from './rsyncDelete';
import { overwriteProtected } from './overwriteProtected';
import { permissionsRecursive } from './permissionsRecursive';

export const filesystemRules: readonly Rule[] = [rmRecursive, rmProtectedFile, findDelete, shred, truncateFile, rsyncDelete, overwriteProtected, permissionsRecursive];
