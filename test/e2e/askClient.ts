// A stand-in for an agent hook: asks the editor through askGate and prints the result as JSON.
// Usage: node askClient.js '<json question>'
import { askGate } from '../../src/protocol/client';

interface Question {
  command: string;
  cwd: string;
  env?: Record<string, string>;
}

async function main(): Promise<void> {
  const arg: unknown = JSON.parse(process.argv[2] ?? '{}');
  if (typeof arg !== 'object' || arg === null) throw new Error('question must be an object');
  const q = arg as Partial<Question>;
  if (typeof q.command !== 'string' || typeof q.cwd !== 'string') throw new Error('question needs command and cwd');
  const result = await askGate(
    { source: { kind: 'agent-hook', agent: 'claude-code' }, command: q.command, cwd: q.cwd, env: q.env ?? {} },
    { timeoutMs: 150_000, endpointEnv: {} },
  );
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(3);
});
