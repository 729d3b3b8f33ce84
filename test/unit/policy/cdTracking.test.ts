// `cd dir &&` changes where later commands on the line run: rules judge paths from there.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';

const run = (command: string) => evaluate({ command, cwd: '/home/dev/project', env: { HOME: '/home/dev' } });

describe('cd on the line', () => {
  it('cd / && rm -rf * sweeps the root: deny', () => {
    expect(run('cd / && rm -rf *').verdict).toBe('deny');
  });
  it('cd /tmp && rm -rf build-cache removes a temp folder: allow', () => {
    expect(run('cd /tmp && rm -rf build-cache').verdict).toBe('allow');
  });
  it('cd ~ && rm -rf .: deny (the home folder)', () => {
    expect(run('cd ~ && rm -rf .').verdict).toBe('deny');
  });
  it('a cd inside a subshell does not leak out', () => {
    const d = run('(cd /tmp && ls) && rm -rf old');
    expect(d.verdict).toBe('confirm');
    expect(d.target).toBe('old');
  });
  it('cd to an unknown folder makes relative paths unknown, never disposable', () => {
    expect(run('cd "$X" && rm -rf dist2').verdict).toBe('confirm');
  });
  it('the folder is the one terraform destroys', () => {
    const d = run('cd infra/prod && terraform destroy');
    expect(d.verdict).toBe('confirm');
    expect(d.environment?.name).toBe('production');
  });
});
