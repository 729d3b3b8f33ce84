import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { inputFor, runRuleTables, TEST_CWD } from './ruleTable';
import { filesystemCases } from './filesystem.cases';
import { filesystemRules } from '../../src/engine/rules/filesystem';

runRuleTables(filesystemCases);

// Cases that need facts or a terminal environment, which the table's GateCase does not carry.
describe('filesystem rules with facts', () => {
  const withRoots = (command: string): ReturnType<typeof evaluate> => evaluate({ ...inputFor(command), facts: { workspaceRoots: [TEST_CWD] } });

  it('denies removing the whole workspace root', () => {
    const d = withRoots('rm -rf /home/dev/project');
    expect(d.verdict).toBe('deny');
    expect(d.findings.map((f) => [f.rule, f.target])).toEqual([['filesystem/rm-recursive', '/home/dev/project']]);
  });

  it('still allows a disposable folder inside the workspace root', () => {
    expect(withRoots('rm -rf /home/dev/project/node_modules').verdict).toBe('allow');
  });

  it('reads $TMPDIR from the terminal: inside it is disposable, the folder itself is not', () => {
    const env = { HOME: '/home/dev', TMPDIR: '/var/folders/ab/T/' };
    expect(evaluate({ ...inputFor('rm -rf $TMPDIR/build'), env }).verdict).toBe('allow');
    expect(evaluate({ ...inputFor('rm -rf /var/folders/ab/T/build'), env }).verdict).toBe('allow');
    const whole = evaluate({ ...inputFor('rm -rf $TMPDIR'), env });
    expect(whole.findings.map((f) => [f.rule, f.verdict])).toEqual([['filesystem/rm-recursive', 'confirm']]);
  });

  it('follows HOME from the terminal environment', () => {
    const d = evaluate({ ...inputFor('rm -rf /srv/alice'), env: { HOME: '/srv/alice' } });
    expect(d.verdict).toBe('deny');
    expect(d.target).toBe('/srv/alice');
  });

  it('resolves local filesystem actions to development, with the folder as evidence', () => {
    const d = evaluate(inputFor('rm -rf src'));
    expect(d.environment?.name).toBe('development');
  });

  it('resolves rm over ssh to the remote host', () => {
    const d = evaluate(inputFor("ssh db.prod.internal 'rm -rf /srv/data'"));
    expect(d.findings.map((f) => [f.rule, f.environment.name])).toEqual([['filesystem/rm-recursive', 'production']]);
  });

  it('reads a script piped into sh from a workspace file', () => {
    const d = evaluate(inputFor({ command: 'cat cleanup.sh | sh', files: { [`${TEST_CWD}/cleanup.sh`]: 'rm -rf src\n' } }));
    expect(d.findings.map((f) => [f.rule, f.target])).toEqual([['filesystem/rm-recursive', 'src']]);
  });

  it('reads a script named on the line', () => {
    const d = evaluate(inputFor({ command: 'bash cleanup.sh', files: { [`${TEST_CWD}/cleanup.sh`]: '#!/bin/sh\nrm -rf ~\n' } }));
    expect(d.verdict).toBe('deny');
    expect(d.target).toBe('~');
  });
});

// A new rule in the pack fails here until it has a table of its own.
describe('filesystem pack coverage', () => {
  it('has a table for every rule id', () => {
    expect(filesystemCases.map((c) => c.rule).sort()).toEqual([...filesystemRules.map((r) => r.id)].sort());
  });
});
