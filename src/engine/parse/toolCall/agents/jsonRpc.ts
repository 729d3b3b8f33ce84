// A plain MCP `tools/call` JSON-RPC request (the MCP proxy's view, and the `mcp` agent of the
// evaluate contract), optionally with `server: {command: [...]} | {url}` beside it.

import { invalidCall, mcpCall, type NormalisedToolCall } from '../toolCallKinds';
import { serverLabel } from '../mcpToolName';
import { type JsonRecord, readArgs, recordField, stringField } from '../payloadShape';

export function readJsonRpc(p: JsonRecord): NormalisedToolCall {
  const method = stringField(p, 'method');
  if (method === undefined) return invalidCall('JSON-RPC message has no method');
  if (method !== 'tools/call') return { kind: 'other', tool: method, trace: [`JSON-RPC ${method} is not a tool call`] };
  const params = recordField(p, 'params');
  const name = params ? stringField(params, 'name') : undefined;
  if (params === undefined || name === undefined || name === '') return invalidCall('tools/call has no params.name');
  const args = readArgs(params['arguments'], 'tools/call arguments');
  if (!args.ok) return invalidCall(args.reason);
  const server = recordField(p, 'server');
  let label = '';
  if (server !== undefined) {
    const named = stringField(server, 'name');
    const command = server['command'];
    const argv = Array.isArray(command) && (command as unknown[]).every((w) => typeof w === 'string') ? (command as string[]) : undefined;
    label = named ?? serverLabel(argv, stringField(server, 'url'));
  }
  return mcpCall(label, name, args.args, ['MCP tools/call']);
}
