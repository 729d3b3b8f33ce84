// Per rule id: MCP `tools/call` requests the mcp pack must gate, and look-alikes it lets through.

import type { EnvironmentName, GateVerdict } from '../../src/engine/model/decision';

export interface McpCall {
  name: string;
  arguments: Record<string, unknown>;
  /** The server as the proxy names it (`railway`), when known. */
  server?: string;
  verdict?: GateVerdict;
  target?: string;
  environment?: EnvironmentName;
  /** Consent flags the finding must report as pre-answered by the agent. */
  preAnswered?: string[];
}

export interface McpRuleCases {
  rule: string;
  gate: McpCall[];
  allow: McpCall[];
}

export const mcpCases: McpRuleCases[] = [
  {
    rule: 'mcp/destroying-tool',
    gate: [
      // The agent's own confirm: true is not a human's consent.
      { server: 'railway', name: 'remove_volume', arguments: { volume_id: 'vol-1', confirm: true }, target: 'vol-1', environment: 'unknown', preAnswered: ['confirm: true'] },
      { server: 'railway', name: 'delete_domain', arguments: { domain: 'app.example.com', confirm: true }, target: 'app.example.com' },
      { name: 'mcp__railway__remove_service', arguments: { service_id: 'svc-9', environment_id: 'env-1', confirm: true }, target: 'svc-9' },
      { name: 'delete_project', arguments: { projectId: 'p1' }, target: 'p1' },
      { name: 'deleteDatabase', arguments: { name: 'orders' }, target: 'orders' },
      { name: 'drop_table', arguments: { table: 'users', id: 'users' }, target: 'users' },
      { name: 'purge_queue', arguments: { queue_id: 'q1', environment: 'production' }, target: 'q1', environment: 'production' },
      { name: 'remove_volume', arguments: { volume_id: 'vol-2' }, target: 'vol-2' },
    ],
    allow: [
      // Railway documents that its remove_*/delete_* tools only preview without confirm: true.
      { server: 'railway', name: 'remove_volume', arguments: { volume_id: 'vol-1' } },
      { name: 'mcp__railway__delete_domain', arguments: { domain: 'x' } },
      { server: 'railway', name: 'create_volume', arguments: { name: 'data' } },
      { name: 'get_deletion_status', arguments: { id: 'x' } },
      { name: 'list_deleted_items', arguments: {} },
      { name: 'search_docs', arguments: { query: 'how to delete a volume' } },
    ],
  },
  {
    rule: 'mcp/file-delete',
    gate: [
      { name: 'delete_file', arguments: { path: '.env' }, target: '.env' },
      { name: 'delete_directory', arguments: { path: 'src' }, target: 'src' },
      { name: 'remove_files', arguments: { paths: ['a.txt', 'data/app.db'] }, target: 'data/app.db' },
      { name: 'delete_path', arguments: { path: '/', recursive: true }, verdict: 'deny', target: '/' },
    ],
    allow: [
      { name: 'delete_file', arguments: { path: 'notes.txt' } },
      { name: 'delete_directory', arguments: { path: 'node_modules' } },
    ],
  },
  {
    rule: 'mcp/sql-argument',
    gate: [
      { server: 'postgres', name: 'query', arguments: { sql: 'DROP TABLE users' }, target: 'users' },
      { name: 'execute_sql', arguments: { project_id: 'abc', query: 'DELETE FROM orders' }, target: 'orders' },
      { name: 'run', arguments: { statements: ['SELECT 1', 'TRUNCATE sessions'] }, target: 'sessions' },
    ],
    allow: [
      { server: 'postgres', name: 'query', arguments: { sql: 'SELECT * FROM users' } },
      { name: 'execute_sql', arguments: { query: 'DELETE FROM orders WHERE id = 1' } },
      { name: 'note', arguments: { text: 'update the docs' } },
    ],
  },
  {
    rule: 'mcp/graphql-argument',
    gate: [
      { name: 'graphql', arguments: { query: 'mutation($v: String!) { volumeDelete(volumeId: $v) }', variables: { v: 'vol-9' } }, target: 'vol-9' },
      { name: 'graphql_request', arguments: { body: '{"query":"mutation { projectDelete(id: \\"p7\\") }"}' }, target: 'p7' },
      { name: 'graphql', arguments: { query: 'mutation { variableCollectionUpsert(input: {environmentId: "e1", variables: {}, replace: true}) }' }, target: 'e1' },
    ],
    allow: [
      { name: 'graphql', arguments: { query: 'query { projects { id } }' } },
      { name: 'graphql', arguments: { query: 'mutation { volumeCreate(input: {projectId: "p"}) { id } }' } },
    ],
  },
  {
    rule: 'mcp/shell-argument',
    gate: [
      { name: 'run_command', arguments: { command: 'rm -rf /' }, verdict: 'deny', target: '/' },
      { name: 'execute', arguments: { cmd: 'git push --force origin main' } },
      { name: 'start_process', arguments: { command: ['rm', '-rf', 'data'] }, target: 'data' },
      { name: 'exec', arguments: { command: 'railway volume delete --volume vol-3 --yes' }, target: 'vol-3' },
    ],
    allow: [
      { name: 'run_command', arguments: { command: 'ls -la' } },
      { name: 'run_command', arguments: { command: 'rm -rf node_modules' } },
    ],
  },
];
