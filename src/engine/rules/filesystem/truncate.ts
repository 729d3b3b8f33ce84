import type { Word } from '../../model/command';
import type { Rule } from '../rule';
import { parseArgs, optionValue } from '../args';
import { pathsTarget } from './targets';

/** `truncate -s 0` (and shrinking sizes): the file's contents are gone. */
export const truncateFile: Rule = {
  id: 'filesystem/truncate',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'empties or shrinks the file; the removed contents cannot be recovered',
  tool: 'filesystem',
  commands: ['truncate'],
  match(cmd) {
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['-s', '--size', '-r', '--reference'] });
    const size = optionValue(a, '-s', '--size');
    if (size === undefined) return undefined;
    const destroys = /^0+[KMGTPEZYkmgtpezy]?(?:i?B)?$/.test(size) || size.startsWith('-') || size.startsWith('<') || size.startsWith('/');
    if (!destroys) return undefined;
    const files = a.positionalIndex.map((i) => (cmd.args[i] as Word).value);
    if (files.length === 0) return undefined;
    return { target: pathsTarget(files) };
  },
};
