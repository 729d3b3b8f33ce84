import type { Verb } from '../verb';

export const explainVerb: Verb = {
  name: 'explain',
  summary: 'explain how a command is read and decided',
  async run(): Promise<number> {
    process.stderr.write('cli.js explain: not available in this build\n');
    return 1;
  },
};
