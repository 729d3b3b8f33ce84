import type { Rule } from '../rule';
import { isBlockDevice } from './devices';
import { isProtectedFileName } from '../filesystem/pathClass';

/** `dd of=/dev/sdX`: raw writes over a disk. */
export const ddDevice: Rule = {
  id: 'disk/dd-device',
  severity: 'critical',
  verdict: 'deny',
  reason: 'writes raw data over a disk device, destroying its partitions and file systems',
  tool: 'disk',
  commands: ['dd', 'dcfldd', 'dc3dd'],
  match(cmd) {
    // dd takes the last of= it is given.
    const of = cmd.args.map((a) => a.value).filter((v) => v.startsWith('of=')).at(-1);
    if (!of) return undefined;
    const path = of.slice(3);
    if (isBlockDevice(path) || (path.startsWith('/dev/') && !['/dev/null', '/dev/stdout', '/dev/stderr', '/dev/zero', '/dev/tty'].includes(path))) return { target: path };
    if (/^\/(?:etc|boot|bin|sbin|lib|lib64|usr)\//.test(path) || isProtectedFileName(path)) return { verdict: 'confirm', target: path, reason: 'overwrites a system, database or secret file' };
    return undefined;
  },
};
