// The current git branch for a folder: the nearest .git (a folder, or a file pointing at one), its HEAD.

import { dirname, join, resolve } from 'node:path';
import { readSmallFile } from './readSmallFile';

const MAX_LEVELS = 40;

export function gitBranch(cwd: string): { branch: string; source: string } | undefined {
  let dir = resolve(cwd);
  for (let i = 0; i < MAX_LEVELS; i++) {
    const dotGit = join(dir, '.git');
    let gitDir: string | undefined;
    const asFile = readSmallFile(dotGit, 4096);
    if (asFile !== undefined) {
      const m = /^gitdir:\s*(.+)$/m.exec(asFile);
      if (m) gitDir = resolve(dir, (m[1] as string).trim());
    }
    const head = readSmallFile(join(gitDir ?? dotGit, 'HEAD'), 4096);
    if (head !== undefined) {
      const ref = /^ref:\s*refs\/heads\/(.+)$/m.exec(head);
      return ref ? { branch: (ref[1] as string).trim(), source: join(gitDir ?? dotGit, 'HEAD') } : undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}
