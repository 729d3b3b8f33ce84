import type { Verb } from '../verb';

export const hookVerb: Verb = {
  name: 'hook',
  summary: 'answer an agent pre-tool hook (--agent <name>)',
  async run(): Promise<number> {
    process.stderr.write('cli.js hook: not available in this build\n');
    return 1;
  },
};
