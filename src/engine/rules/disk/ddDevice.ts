import type { Rule } from '../rule';
import { isBlockDevice } from './devices';

/** `dd of=/dev/sdX`: raw writes over a disk. */
export const ddDevice: Rule = {
  id: 'disk/dd-device',
  severity: 'critical',
  verdict: 'deny',
  reason: 'writes raw data over a disk device, destroying its partitions and file systems',
  tool: 'disk',
  commands: ['dd', 'dcfldd', 'dc3dd'],
  match(cmd) {
    const of = cmd.args.map((a) => a.value).find((v) => v.startsWith('of='));
    if (!of) return undefined;
    const path = of.slice(3);
    if (isBlockDevice(path) || (path.startsWith('/dev/') && !['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/zero', '/dev/tty'].includes(path))) return { target: path };
    return undefined;
  },
};
