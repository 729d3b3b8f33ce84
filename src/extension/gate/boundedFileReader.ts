// The engine reads scripts named on a line (`bash x.sh`, `psql -f x.sql`) through this reader:
// regular files only, bounded in size, text only.

import * as fs from 'node:fs';
import type { FileReader } from '../../engine/model/input';

export const MAX_SCRIPT_BYTES = 256 * 1024;

export const boundedFileReader: FileReader = (absolutePath) => {
  try {
    const st = fs.statSync(absolutePath);
    if (!st.isFile() || st.size > MAX_SCRIPT_BYTES) return undefined;
    const text = fs.readFileSync(absolutePath, 'utf8');
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
};
