// What a new terminal's environment looks like with the gate: each shell's hook chained to what
// the user already had, and nothing of theirs replaced.
import { describe, expect, it } from 'vitest';
import { applyTerminalEnvironment, terminalEnvironment } from '../../src/extension/terminal/terminalEnvironment';

const base = { scriptsDir: '/ext/dist/scripts', cliPath: '/ext/dist/cli.js', nodePath: '/usr/bin/node', prefilter: { names: '@redirect rm', hints: 'git=push' } };

describe('terminal environment', () => {
  it('points ZDOTDIR at the wrapper and carries the user ZDOTDIR only when they have one', () => {
    const none = applyTerminalEnvironment({ HOME: '/h' }, terminalEnvironment({ ...base, baseEnv: { HOME: '/h' } }));
    expect(none['ZDOTDIR']).toBe('/ext/dist/scripts/zdotdir');
    expect(none['DESTRUCTIVE_GATE_USER_ZDOTDIR']).toBeUndefined();
    const own = applyTerminalEnvironment({ ZDOTDIR: '/h/.config/zsh' }, terminalEnvironment({ ...base, baseEnv: { ZDOTDIR: '/h/.config/zsh' } }));
    expect(own['DESTRUCTIVE_GATE_USER_ZDOTDIR']).toBe('/h/.config/zsh');
    // A terminal started from an armed one does not record the wrapper as the user's folder.
    const nested = terminalEnvironment({ ...base, baseEnv: { ZDOTDIR: '/ext/dist/scripts/zdotdir' } });
    expect(nested.has('DESTRUCTIVE_GATE_USER_ZDOTDIR')).toBe(false);
  });

  it('puts the fish snippet folder in front of XDG_DATA_DIRS, keeping the XDG default when it was unset', () => {
    const unset = applyTerminalEnvironment({}, terminalEnvironment({ ...base, baseEnv: {} }));
    expect(unset['XDG_DATA_DIRS']).toBe('/ext/dist/scripts/xdg:/usr/local/share:/usr/share');
    const set = applyTerminalEnvironment({ XDG_DATA_DIRS: '/opt/share:/usr/share' }, terminalEnvironment({ ...base, baseEnv: { XDG_DATA_DIRS: '/opt/share:/usr/share' } }));
    expect(set['XDG_DATA_DIRS']).toBe('/ext/dist/scripts/xdg:/opt/share:/usr/share');
  });

  it('carries the prefilter as two values, the names and the hinted names', () => {
    const e = applyTerminalEnvironment({}, terminalEnvironment({ ...base, baseEnv: {} }));
    expect(e['DESTRUCTIVE_GATE_PREFILTER']).toBe('@redirect rm');
    expect(e['DESTRUCTIVE_GATE_PREFILTER_HINTS']).toBe('git=push');
  });

  it('chains the user BASH_ENV and PROMPT_COMMAND', () => {
    const e = applyTerminalEnvironment({ BASH_ENV: '/h/.bash_env', PROMPT_COMMAND: 'history -a' }, terminalEnvironment({ ...base, baseEnv: { BASH_ENV: '/h/.bash_env', PROMPT_COMMAND: 'history -a' } }));
    expect(e['BASH_ENV']).toBe('/ext/dist/scripts/gate-env.bash');
    expect(e['DESTRUCTIVE_GATE_USER_BASH_ENV']).toBe('/h/.bash_env');
    expect(e['PROMPT_COMMAND']?.endsWith('; history -a')).toBe(true);
  });
});
