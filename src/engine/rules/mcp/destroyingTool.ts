// An MCP tool whose name says it destroys (`remove_volume`, `deleteProject`, `drop_table`). The
// agent's own `confirm: true` is not a human's consent. Railway documents that its `remove_*` and
// `delete_*` tools only preview without `confirm: true`, so that call is allowed.

import { isFileDeleteTool } from '../../parse/toolCall/fileDeleteTool';
import { destroyingStem, nameWords } from '../http/destroyingName';
import type { ToolRule } from '../rule';
import { consentArguments, toolHints, toolTarget } from './toolArguments';
import { isFileDeletingTool } from './fileDeleteTool';

/** Tools that only look: `get_deletion_status`, `list_deleted_items`. */
const READ_VERBS = new Set(['list', 'get', 'read', 'search', 'describe', 'show', 'fetch', 'view', 'find', 'query', 'check', 'count', 'preview', 'explain', 'status', 'inspect', 'dry', 'validate', 'estimate']);

export function isRailwayPreview(server: string, tool: string, args: Readonly<Record<string, unknown>>): boolean {
  // The tool name may still carry an agent's prefix (`mcp__railway__remove_volume`).
  const bare = tool.slice(tool.lastIndexOf('__') < 0 ? 0 : tool.lastIndexOf('__') + 2);
  return (/railway/i.test(server) || /(^|_)railway__/i.test(tool)) && /^(remove|delete)_/.test(bare) && args['confirm'] !== true;
}

export const destroyingTool: ToolRule = {
  id: 'mcp/destroying-tool',
  severity: 'high',
  verdict: 'confirm',
  reason: 'an MCP tool whose name says it destroys',
  tool: 'mcp',
  matchTool(call, ctx) {
    if (isFileDeleteTool(call.tool) || isFileDeletingTool(call.tool)) return undefined;
    const words = nameWords(call.tool);
    if (words.length === 0 || READ_VERBS.has(words[0] as string)) return undefined;
    if (destroyingStem(call.tool) === undefined) return undefined;
    if (isRailwayPreview(call.server, call.tool, call.args)) return undefined;
    const found = toolTarget(call);
    const consent = consentArguments(call);
    return {
      target: found.target,
      reason: `MCP tool ${call.server ? `${call.server}.` : ''}${call.tool} destroys ${found.target}`,
      hints: toolHints(call, found, ctx),
      preAnswered: consent,
    };
  },
};
