// Real zsh in a pseudo-terminal, started the way the editor starts it (its ZDOTDIR injection
// chaining into the gate's ZDOTDIR wrapper, which chains into the user's files), with the
// human's answer stubbed by the fake gate. Every wait is a few seconds: a hang fails fast.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { armedEnv, buildPrivateCli, plainEnv } from './armedEnvironment';
import { FakeGate } from './fakeGate';
import { expectReportedAsWithoutGate, sharedGateScenarios } from './gateScenarios';
import { editorReports, makeHome, makeWorkspace, sqliteTables, TerminalSession } from './terminalSession';
import { vscodeShellIntegrationDir } from './vscodeShellIntegration';

const hasZsh = spawnSync('zsh', ['--version']).status === 0;
const sqlite = spawnSync('sqlite3', ['-version']).status === 0;

let integration: string;
let gate: FakeGate;
let home: string;

beforeAll(async () => {
  if (!hasZsh) return;
  buildPrivateCli();
  integration = vscodeShellIntegrationDir();
  gate = await FakeGate.start();
  home = makeHome({
    '.zshenv': 'export DAG_USER_ZSHENV=read\n',
    '.zshrc': 'alias ll="ls -l"\nsetopt hist_ignore_space\nunsetopt prompt_sp\nDAG_USER_ZSHRC=read\n',
  });
}, 300_000);

afterAll(async () => {
  if (gate) await gate.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

let ws: string;
let term: TerminalSession;

describe.skipIf(!hasZsh)('zsh terminal', () => {
  beforeEach(async () => {
    ws = makeWorkspace(sqlite);
    gate.asks.length = 0;
    gate.human = 'cancel';
    term = await TerminalSession.start('zsh', integration, armedEnv(home, gate), ws);
  }, 15_000);

  afterEach(async () => {
    await term.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('reads the user configuration from their folder and hands their ZDOTDIR back as the editor does', async () => {
    const r = await term.run('print -r -- "$DAG_USER_ZSHENV $DAG_USER_ZSHRC ${ZDOTDIR-unset} $HISTFILE"');
    expect(r.output.trim()).toBe(`read read ${home} ${home}/.zsh_history`);
  });

  it('runs harmless lines unchanged, with their exit codes and the editor still seeing each command', async () => {
    const r = await term.run('echo hi; (exit 3)');
    expect(r.exitCode).toBe(3);
    await expectReportedAsWithoutGate(r.commandLine, 'echo hi; (exit 3)', (l) => editorReports('zsh', integration, plainEnv(home), l));
    expect(r.output).toContain('hi');
    const l = await term.run('ll -d important | wc -l');
    expect(l.exitCode).toBe(0);
    expect(l.output.trim()).toBe('1');
  });

  sharedGateScenarios(() => ({ term, gate, ws, editorReports: (line) => editorReports('zsh', integration, plainEnv(home), line) }), { confirmedLine: 'rm -rf important && echo once >> log.txt', disarmLine: "__dag_pf_str=' '; __dag_pf_nb=()" });

  it('gates a function defined on an earlier line when it is called', async () => {
    await term.run('wipe() { rm -rf important; }');
    const r = await term.run('wipe');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.at(-1)?.command).toContain('rm -rf important');
  });

  it('judges a loop typed over several lines as one unit', async () => {
    // The first line is already in zsh's parser (continuation prompt) when the unit is refused:
    // the whole input is aborted (send-break), so the editor sees no exit status, and $? is 1.
    const before = term.screen.length;
    const r = await term.run('for d in important; do\recho $d > seen.txt; rm -rf $d\rdone');
    expect(r.exitCode).toBeUndefined();
    expect(term.screen.slice(before)).toMatch(/destructive-gate: blocked `for d in important; do ⏎ echo \$d > seen.txt; rm -rf \$d ⏎ done`: filesystem\//);
    expect((await term.run('echo $?')).output.trim()).toBe('1');
    expect(existsSync(path.join(ws, 'seen.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
  });

  it.skipIf(!sqlite)('leaves a real sqlite table untouched, for one line and for a heredoc typed line by line', async () => {
    const db = path.join(ws, 'app.db');
    const r = await term.run(`sqlite3 app.db "DROP TABLE users"`);
    expect(r.exitCode).toBe(126);
    expect(sqliteTables(db)).toBe('users');
    const h = await term.run('sqlite3 app.db <<SQL\rDROP TABLE users;\rSQL');
    expect(h.exitCode).toBe(126);
    expect(sqliteTables(db)).toBe('users');
    expect(gate.asks.at(-1)?.command).toBe('sqlite3 app.db <<SQL\nDROP TABLE users;\nSQL');
    const ok = await term.run(`sqlite3 app.db "select count(*) from users"`);
    expect(ok.exitCode).toBe(0);
    expect(ok.output.trim()).toBe('1');
  });
});

function runAsync(cmd: string, args: string[], o: { cwd: string; env: Record<string, string> }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { ...o, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const t = setTimeout(() => p.kill('SIGKILL'), 8000);
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (status) => {
      clearTimeout(t);
      resolve({ status, stdout, stderr });
    });
  });
}

describe.skipIf(!hasZsh)('zsh -c started from a protected environment (ZDOTDIR .zshenv wrapper)', () => {
  it('refuses a gated -c text before anything runs, keeps scripts intact and the user ZDOTDIR exact', async () => {
    ws = mkdtempSync('/var/tmp/dag-ws-');
    mkdirSync(path.join(ws, 'important'));
    try {
      gate.asks.length = 0;
      gate.human = 'cancel';
      const env = armedEnv(home, gate);
      const gated = await runAsync('zsh', ['-c', 'echo started > started.txt; rm -rf important'], { cwd: ws, env });
      expect(gated.status, gated.stderr).toBe(126);
      expect(existsSync(path.join(ws, 'started.txt'))).toBe(false);
      expect(existsSync(path.join(ws, 'important'))).toBe(true);
      const strict = await runAsync('zsh', ['-eu', '-c', 'f() { echo "in f: $1 ${ZDOTDIR-unset} $DAG_USER_ZSHENV"; return 3; }; f "a b"'], { cwd: ws, env });
      expect(strict.status).toBe(3);
      expect(strict.stdout).toBe('in f: a b unset read\n');
      expect(strict.stderr).toBe('');
      const own = await runAsync('zsh', ['-c', 'echo ${ZDOTDIR-unset}'], { cwd: ws, env: armedEnv(home, gate, { ZDOTDIR: home }) });
      expect(own.stdout).toBe(`${home}\n`);
      expect(gate.asks.map((a) => a.command)).toEqual(['echo started > started.txt; rm -rf important']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 20_000);
});

// zsh frameworks wrap the widgets that run a line too (zsh-autosuggestions re-wraps them at every
// prompt, keeping the one it found under an alias and calling it). The gate and such a plugin must
// chain in either order without looping: harmless lines run once through both, gated lines are
// still refused, and the plugin's widget keeps running.

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

// A plugin that, once, replaces accept-line with a widget that does not call the one it found.
const REPLACER = `
_repl_accept() { zle .accept-line; }
_repl_once() { zle -N accept-line _repl_accept; precmd_functions=(\${precmd_functions:#_repl_once}); }
precmd_functions+=(_repl_once)
`;

/**
 * A zsh terminal whose .zshrc holds ZSHRC (a plugin), with its own home and workspace and the gate
 * answering `cancel` with no questions recorded yet; all three are removed afterwards.
 */
async function withPluginTerminal(zshrc: string, body: (term: TerminalSession, ws: string, home: string) => Promise<void>): Promise<void> {
  const pluginHome = makeHome({ '.zshrc': `unsetopt prompt_sp\n${zshrc}` });
  const ws = makeWorkspace(false);
  gate.human = 'cancel';
  gate.asks.length = 0;
  const term = await TerminalSession.start('zsh', integration, armedEnv(pluginHome, gate), ws);
  try {
    await body(term, ws, pluginHome);
  } finally {
    await term.close();
    rmSync(ws, { recursive: true, force: true });
    rmSync(pluginHome, { recursive: true, force: true });
  }
}

describe.skipIf(!hasZsh)('zsh with a plugin that wraps accept-line at every prompt', () => {
  it('runs harmless lines once through both widgets and still refuses gated ones', async () => {
    await withPluginTerminal(PLUGIN, async (term, ws, pluginHome) => {
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
      expect(readFileSync(path.join(pluginHome, 'plugin-ran'), 'utf8')).toBe('PPPPP');
      expect((await term.run('true')).exitCode).toBe(0);
    });
  });

  it('takes the line back from a plugin that replaced accept-line, at the next prompt', async () => {
    await withPluginTerminal(REPLACER, async (term, ws) => {
      // The replacement ran after the gate's first install: the first line goes past the gate.
      expect((await term.run('true')).exitCode).toBe(0);
      const r = await term.run('rm -rf important');
      expect(r.exitCode).toBe(126);
      expect(existsSync(path.join(ws, 'important', 'data.txt'))).toBe(true);
      expect(gate.asks.map((a) => a.command)).toEqual(['rm -rf important']);
    });
  });
});
