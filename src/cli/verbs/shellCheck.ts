import type { Verb } from '../verb';

export const shellCheckVerb: Verb = {
  name: 'shell-check',
  summary: 'check a terminal line before the shell runs it (shell bridge)',
  async run(): Promise<number> {
    process.stderr.write('cli.js shell-check: not available in this build\n');
    return 1;
  },
};
