// Bounded, cached, never-throwing file reads for machine facts. Cached by (path, mtime, size) so a
// hook that runs for every command does not re-read unchanged files.

import { readFileSync, statSync } from 'node:fs';

export const MAX_FACT_FILE_BYTES = 1024 * 1024;

const cache = new Map<string, { mtimeMs: number; size: number; text: string | undefined }>();
const MAX_CACHE_ENTRIES = 64;

export function readSmallFile(path: string, maxBytes = MAX_FACT_FILE_BYTES): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    const text = readFileSync(path, 'utf8');
    if (cache.size >= MAX_CACHE_ENTRIES) cache.clear();
    cache.set(path, { mtimeMs: st.mtimeMs, size: st.size, text });
    return text;
  } catch {
    return undefined;
  }
}
