// zsh frameworks wrap the widgets that run a line too (zsh-autosuggestions re-wraps them at every
// prompt, keeping the one it found under an alias and calling it). The gate and such a plugin must
// chain in either order without looping: harmless lines run once through both, gated lines are
// still refused, and the plugin's widget keeps running.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armedEnv, buildPrivateCli } from './armedEnvironment';
import { FakeGate } from './fakeGate';
import { makeHome, makeWorkspace, TerminalSession } from './terminalSession';
import { vscodeShellIntegrationDir } from './vscodeShellIntegration';

const hasZsh = spawnSync('zsh', ['--version']).status === 0;

// A plugin in the user's .zshrc: at every prompt it wraps accept-line again unless its own widget
// is already there, calling whatever it found through an alias of its own (a new one each time).
const PLUGIN = `
typeset -gi _plug_n=0
_plug_wrap() {
  [[ $widgets[accept-line] == user:_plug_accept_* ]] && return
  (( ++_plug_n ))
  zle -A accept-line _plug_orig_$_plug_n
  eval "_plug_accept_$_plug_n() { print -n P >> \\"\\$HOME/plugin-ran\\"; zle _plug_orig_$_plug_n -- \\"\\$@\\"; }"
  zle -N accept-line _plug_accept_$_plug_n
}
precmd_functions+=(_plug_wrap)
`;

let gate: FakeGate;
let home: string;
let integration: string;

beforeAll(async () => {
  if (!hasZsh) return;
  buildPrivateCli();
  integration = vscodeShellIntegrationDir();
  gate = await FakeGate.start();
  home = makeHome({ '.zshrc': `unsetopt prompt_sp\n${PLUGIN}` });
}, 300_000);

afterAll(async () => {
  if (gate) await gate.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

// A plugin that, once, replaces accept-line with a widget that does not call the one it found.
const REPLACER = `
_repl_accept() { zle .accept-line; }
_repl_once() { zle -N accept-line _repl_accept; precmd_functions=(\${precmd_functions:#_repl_once}); }
precmd_functions+=(_repl_once)
`;

describe.skipIf(!hasZsh)('zsh with a plugin that wraps accept-line at every prompt', () => {
  it('runs harmless lines once through both widgets and still refuses gated ones', async () => {
    const ws = makeWorkspace(false);
    gate.human = 'cancel';
    const term = await TerminalSession.start('zsh', integration, armedEnv(home, gate), ws);
    try {
      for (let i = 0; i < 4; i++) {
        const r = await term.run(`echo line${i} >> ran.txt`);
        expect(r.exitCode).toBe(0);
      }
      expect(readFileSync(path.join(ws, 'ran.txt'), 'utf8')).toBe('line0\nline1\nline2\nline3\n');
      const refused = await term.run('rm -rf important');
      expect(refused.exitCode).toBe(126);
      expect(existsSync(path.join(ws, 'important', 'data.txt'))).toBe(true);
      expect(gate.asks.map((a) => a.command)).toEqual(['rm -rf important']);
      // The plugin's widget ran for every line (it sits in front of or behind the gate's).
      expect(readFileSync(path.join(home, 'plugin-ran'), 'utf8')).toBe('PPPPP');
      expect((await term.run('true')).exitCode).toBe(0);
    } finally {
      await term.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('takes the line back from a plugin that replaced accept-line, at the next prompt', async () => {
    const home2 = makeHome({ '.zshrc': `unsetopt prompt_sp\n${REPLACER}` });
    const ws = makeWorkspace(false);
    gate.human = 'cancel';
    gate.asks.length = 0;
    const term = await TerminalSession.start('zsh', integration, armedEnv(home2, gate), ws);
    try {
      // The replacement ran after the gate's first install: the first line goes past the gate.
      expect((await term.run('true')).exitCode).toBe(0);
      const r = await term.run('rm -rf important');
      expect(r.exitCode).toBe(126);
      expect(existsSync(path.join(ws, 'important', 'data.txt'))).toBe(true);
      expect(gate.asks.map((a) => a.command)).toEqual(['rm -rf important']);
    } finally {
      await term.close();
      rmSync(ws, { recursive: true, force: true });
      rmSync(home2, { recursive: true, force: true });
    }
  });
});
