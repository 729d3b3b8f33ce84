// A refused tools/call is answered by the proxy itself with a tool-execution error result, which
// MCP clients pass to the model (a protocol error might be swallowed as a transport failure).

export type JsonRpcId = string | number | null;

export function toolErrorResult(id: JsonRpcId, text: string): string {
  return `${JSON.stringify({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }], isError: true } })}\n`;
}

export function parseErrorReply(message: string): string {
  return `${JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message } })}\n`;
}

export function isJsonRpcId(v: unknown): v is JsonRpcId {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || v === null;
}
