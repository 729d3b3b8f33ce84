export async function runCli(_argv: string[]): Promise<number> {
  process.stderr.write('usage: cli.js evaluate --jsonl | explain "<command>"\n');
  return 2;
}
