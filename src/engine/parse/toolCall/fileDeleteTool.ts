// An agent's built-in "delete file" tool destroys exactly what `rm` would, so it is read as the
// equivalent `rm` line and judged by the filesystem rules (one ordinary file: allowed; a folder,
// a recursive delete or a protected file: gated).

import { type JsonRecord, stringField } from './payloadShape';
import { shellQuote } from './shellQuote';

const DELETE_TOOL_NAMES = new Set(['delete', 'deletefile', 'deletefiles', 'removefile', 'removefiles', 'deletepath', 'removepath', 'deletedirectory', 'removedirectory', 'rmdir']);

export function isFileDeleteTool(toolName: string): boolean {
  return DELETE_TOOL_NAMES.has(toolName.toLowerCase().replace(/[_\-\s]/g, ''));
}

const PATH_KEYS = ['path', 'file_path', 'filePath', 'target_file', 'targetFile', 'file', 'filename', 'dir_path', 'directory', 'absolute_path'];

export type DeleteRead = { ok: true; command: string } | { ok: false; reason: string };

export function fileDeleteAsShell(toolName: string, args: JsonRecord): DeleteRead {
  const paths: string[] = [];
  const single = stringField(args, ...PATH_KEYS);
  if (single !== undefined && single !== '') paths.push(single);
  const many = args['paths'] ?? args['files'] ?? args['file_paths'];
  if (Array.isArray(many)) {
    for (const p of many as unknown[]) {
      if (typeof p !== 'string' || p === '') return { ok: false, reason: `${toolName}: a path in the list is not a string` };
      paths.push(p);
    }
  }
  if (paths.length === 0) return { ok: false, reason: `${toolName}: no path to delete was found in the arguments` };
  const recursive = args['recursive'] === true || args['is_recursive'] === true || args['recurse'] === true || /directory|rmdir/i.test(toolName);
  const words = ['rm', ...(recursive ? ['-r'] : []), ...(paths.some((p) => p.startsWith('-')) ? ['--'] : []), ...paths.map(shellQuote)];
  return { ok: true, command: words.join(' ') };
}
