// The prefilter's data as the shells receive it: two environment values whose layout the shell
// scripts rely on (flags first and anchored, lower case, hinted names apart), and user rule names
// that no shell table can hold sending every line to the engine rather than being dropped.

import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy, type UserRule } from '../../../src/engine/model/policy';
import { buildShellPrefilter, encodeShellPrefilter, encodeShellPrefilterForShells, type ShellPrefilter } from '../../../src/engine/prefilter/shellPrefilter';

function userRule(pattern: string): UserRule {
  return { id: `user/${pattern}`, verdict: 'confirm', severity: 'high', reason: 'test', match: { command: { kind: 'glob', pattern } } };
}
const withRules = (...patterns: string[]): Policy => ({ ...DEFAULT_POLICY, rules: patterns.map(userRule) });

describe('encodeShellPrefilterForShells', () => {
  const p: ShellPrefilter = { names: ['rm', 'Remove-Item', 'sudo'], hints: { git: ['push', 'reset'], docker: ['rm'] }, redirect: true, everyLine: true, everyLineBecause: ['x'] };

  it('puts the flags first, @every-line before @redirect, so the shells read them with anchored matches', () => {
    expect(encodeShellPrefilterForShells(p).names.startsWith('@every-line @redirect ')).toBe(true);
    expect(encodeShellPrefilterForShells({ ...p, everyLine: false }).names.startsWith('@redirect ')).toBe(true);
    expect(encodeShellPrefilterForShells({ ...p, everyLine: false, redirect: false }).names.startsWith('@')).toBe(false);
  });

  it('lower-cases the names (the shells compare lower-cased words and do not fold the table themselves)', () => {
    expect(encodeShellPrefilterForShells(p).names.split(' ')).toEqual(['@every-line', '@redirect', 'remove-item', 'rm', 'sudo']);
  });

  it('keeps hinted names apart from the plain ones, as name=word,word', () => {
    const v = encodeShellPrefilterForShells(p);
    expect(v.hints).toBe('docker=rm git=push,reset');
    expect(v.names.split(' ')).not.toContain('git');
  });

  it('still gives the agent hooks one value with both', () => {
    expect(encodeShellPrefilter({ ...p, everyLine: false }).split(' ')).toEqual(['@redirect', 'remove-item', 'rm', 'sudo', 'docker=rm', 'git=push,reset']);
  });

  it('gives the built-in registry no every-line fallback and stems such as mkfs for mkfs.*', () => {
    const built = buildShellPrefilter();
    expect(built.everyLineBecause).toEqual([]);
    expect(built.names).toContain('mkfs');
    expect(built.names.every((n) => /^[A-Za-z0-9_.+:@-]+$/.test(n))).toBe(true);
  });
});

describe('buildShellPrefilter, structural hints', () => {
  it('hints sort with its output option (the overwrite rule reads sort only with it), not as a plain name', () => {
    const built = buildShellPrefilter();
    expect(built.hints['sort']).toEqual(['--output', '-o']);
    expect(built.names).not.toContain('sort');
  });

  it('reads tee through its files (TARGET_COMMANDS) while the redirect check is on, else keeps it a name', () => {
    expect(buildShellPrefilter().names).not.toContain('tee');
    expect(buildShellPrefilter().redirect).toBe(true);
    expect(buildShellPrefilter(undefined, withRules('tee *')).names).toContain('tee');
  });

  it('keeps sort a plain name when a user rule names it', () => {
    const built = buildShellPrefilter(undefined, withRules('sort *'));
    expect(built.hints['sort']).toBeUndefined();
    expect(built.names).toContain('sort');
  });
});

describe('buildShellPrefilter with user rules', () => {
  it('adds the literal command word of a user glob, underscores included', () => {
    const built = buildShellPrefilter(undefined, withRules('my_tool delete *', 'acme-cli purge*'));
    expect(built.names).toEqual(expect.arrayContaining(['my_tool', 'acme-cli']));
    expect(built.everyLine).toBe(false);
  });

  it('sends every line to the engine when a user rule names a command no shell table can hold', () => {
    const built = buildShellPrefilter(undefined, withRules('wipe!all now'));
    expect(built.everyLine).toBe(true);
    expect(built.everyLineBecause.join(' ')).toContain('wipe!all');
    expect(encodeShellPrefilterForShells(built).names.startsWith('@every-line ')).toBe(true);
  });

  it('sends every line to the engine for a user rule that starts with a pattern', () => {
    expect(buildShellPrefilter(undefined, withRules('* --force')).everyLine).toBe(true);
  });
});
