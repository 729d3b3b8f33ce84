import type { Verb } from '../verb';

export const evaluateVerb: Verb = {
  name: 'evaluate',
  summary: 'batch-evaluate JSONL (see spec/evaluate-contract.md)',
  async run(): Promise<number> {
    process.stderr.write('cli.js evaluate: not available in this build\n');
    return 1;
  },
};
