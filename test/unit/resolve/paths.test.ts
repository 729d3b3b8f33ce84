// resolvePath: `~`, `$HOME`, `$PWD`, `$TMPDIR` and `..` resolved against the line's own cwd and env;
// anything that depends on an unknown value resolves to nothing rather than to a guess.

import { describe, expect, it } from 'vitest';
import { resolvePath, type PathContext } from '../../../src/engine/resolve/paths';

const ctx: PathContext = { cwd: '/home/dev/project', home: '/home/dev', env: { TMPDIR: '/var/folders/ab/T' } };

describe('resolvePath', () => {
  const table: [string, string | undefined][] = [
    ['/', '/'],
    ['/etc/', '/etc'],
    ['/usr//bin/', '/usr/bin'],
    ['src', '/home/dev/project/src'],
    ['./src/', '/home/dev/project/src'],
    ['.', '/home/dev/project'],
    ['..', '/home/dev'],
    ['../..', '/home'],
    ['../../../../..', '/'],
    ['a/./b/../c', '/home/dev/project/a/c'],
    ['~', '/home/dev'],
    ['~/', '/home/dev'],
    ['~/Documents', '/home/dev/Documents'],
    ['~bob/x', '/home/bob/x'],
    ['$HOME', '/home/dev'],
    ['${HOME}/x', '/home/dev/x'],
    ['$PWD/dist', '/home/dev/project/dist'],
    ['$TMPDIR/x', '/var/folders/ab/T/x'],
    // Not HOME, but a longer name that starts with it.
    ['$HOMEDIR/x', undefined],
    ['$FOO', undefined],
    ['$(pwd)/x', undefined],
    ['`pwd`/x', undefined],
    ['', undefined],
  ];
  for (const [word, expected] of table) {
    it(`${JSON.stringify(word)} → ${expected ?? 'unknown'}`, () => {
      expect(resolvePath(word, ctx)).toBe(expected);
    });
  }

  it('leaves $TMPDIR unresolved when the terminal does not set it', () => {
    expect(resolvePath('$TMPDIR/x', { ...ctx, env: {} })).toBeUndefined();
  });

  it('uses the HOME it is given, not the machine’s', () => {
    expect(resolvePath('~/x', { ...ctx, home: '/Users/me' })).toBe('/Users/me/x');
  });
});
