import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { parseArgs } from '../args';
import { pathsTarget } from './targets';
import { fedFromFindExec } from './feeds';

/** `shred`, `srm`, `wipe`: overwrite file contents so they can never be recovered. */
export const shred: Rule = {
  id: 'filesystem/shred',
  severity: 'high',
  verdict: 'confirm',
  reason: 'overwrites the file so its contents can never be recovered',
  tool: 'filesystem',
  commands: ['shred', 'srm', 'wipe'],
  match(cmd) {
    if (fedFromFindExec(cmd)) return undefined;
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: cmd.name === 'shred' ? ['-n', '--iterations', '-s', '--size', '--random-source'] : [] });
    const files = a.positionalIndex.map((i) => (cmd.args[i] as Word).value).filter((v) => v !== '{}');
    if (files.length === 0 && !cmd.fedBy) return undefined;
    const device = files.find((f) => f.startsWith('/dev/') && f !== '/dev/null');
    if (device) return { target: device, reason: 'overwrites a whole disk device' };
    return { target: files.length > 0 ? pathsTarget(files) : 'files' };
  },
};
