// MCP tools that delete files or folders follow the filesystem rules: the call is read as the
// `rm` line it amounts to (one ordinary file: allowed; a folder, a recursive delete or a
// protected file such as `.env` or `*.db`: asked).

import { fileDeleteAsShell, isFileDeleteTool } from '../../parse/toolCall/fileDeleteTool';
import { nameWords } from '../http/destroyingName';
import type { Hit, ToolRule } from '../rule';
import { hitsFromShellText } from '../interpreters/nestedShell';

const DELETE_WORDS = new Set(['delete', 'remove', 'rm', 'unlink', 'trash', 'rmdir', 'del', 'erase']);
const FILE_WORDS = new Set(['file', 'files', 'dir', 'dirs', 'directory', 'directories', 'folder', 'folders', 'path', 'paths', 'rmdir']);

export function isFileDeletingTool(tool: string): boolean {
  const words = nameWords(tool);
  return (words.some((w) => DELETE_WORDS.has(w)) && words.some((w) => FILE_WORDS.has(w))) || isFileDeleteTool(tool);
}

export const fileDeleteTool: ToolRule = {
  id: 'mcp/file-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an MCP tool deletes files or folders',
  tool: 'embedded',
  matchTool(call, ctx) {
    if (!isFileDeletingTool(call.tool)) return undefined;
    const words = nameWords(call.tool);
    const folder = words.some((w) => ['dir', 'dirs', 'directory', 'directories', 'folder', 'folders', 'rmdir'].includes(w));
    const read = fileDeleteAsShell(call.tool, folder ? { ...call.args, recursive: true } : call.args);
    if (!read.ok) return { target: call.tool, reason: `cannot verify: ${read.reason}` };
    const hits: Hit[] = hitsFromShellText(read.command, ctx, `MCP tool ${call.tool}`);
    return hits.length > 0 ? hits : undefined;
  },
};
