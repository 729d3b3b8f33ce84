// Real fish in a pseudo-terminal, started the way the editor starts it (its integration through
// --init-command), with the gate loaded as a vendor configuration snippet through XDG_DATA_DIRS
// and the human's answer stubbed by the fake gate. Every wait is a few seconds.

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { armedEnv, buildPrivateCli, plainEnv } from './armedEnvironment';
import { FakeGate } from './fakeGate';
import { expectReportedAsWithoutGate, sharedGateScenarios } from './gateScenarios';
import { editorReports, makeHome, makeWorkspace, TerminalSession } from './terminalSession';
import { vscodeShellIntegrationDir } from './vscodeShellIntegration';

const hasFish = spawnSync('fish', ['--version']).status === 0;
const sqlite = spawnSync('sqlite3', ['-version']).status === 0;

let integration: string;
let gate: FakeGate;
let home: string;

beforeAll(async () => {
  if (!hasFish) return;
  buildPrivateCli();
  integration = vscodeShellIntegrationDir();
  gate = await FakeGate.start();
  home = makeHome({
    '.config/fish/config.fish': 'set -g fish_greeting\nset -g DAG_USER_CONFIG read\nabbr -a zap "rm -rf important"\nalias ll "ls -l"\n',
    '.config/fish/conf.d/mine.fish': 'set -g DAG_USER_CONFD read\n',
    // Universal variables named like the prefilter's own: they exist before the gate loads.
    '.config/fish/fish_variables': '# VERSION: 3.0\nSETUVAR n:usern\nSETUVAR ws:userws\nSETUVAR words:userwords\n',
  });
}, 300_000);

afterAll(async () => {
  if (gate) await gate.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

let ws: string;
let term: TerminalSession;

describe.skipIf(!hasFish)('fish terminal', () => {
  beforeEach(async () => {
    ws = makeWorkspace(sqlite);
    gate.asks.length = 0;
    gate.human = 'cancel';
    term = await TerminalSession.start('fish', integration, armedEnv(home, gate), ws);
  }, 15_000);

  afterEach(async () => {
    await term.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('keeps the user configuration (config.fish, conf.d) and runs harmless lines unchanged with their exit codes', async () => {
    const c = await term.run('echo $DAG_USER_CONFIG $DAG_USER_CONFD');
    expect(c.output.trim()).toBe('read read');
    const r = await term.run('echo hi; false');
    expect(r.exitCode).toBe(1);
    await expectReportedAsWithoutGate(r.commandLine, 'echo hi; false', (l) => editorReports('fish', integration, plainEnv(home), l));
    expect(r.output.trim()).toBe('hi');
    const l = await term.run('ll -d important | wc -l');
    expect(l.exitCode).toBe(0);
    expect(l.output.trim()).toBe('1');
  });

  it("leaves the user's variables alone (the prefilter's named groups set only its own)", async () => {
    await term.run('set -g cw usercw; set -g nm usernm; set -g parts userparts');
    for (const line of ['git --version', 'ls -la | sort', 'echo hi > /dev/null']) expect((await term.run(line)).exitCode, line).toBe(0);
    expect((await term.run('echo $n $ws $words $cw $nm $parts')).output.trim()).toBe('usern userws userwords usercw usernm userparts');
  });

  sharedGateScenarios(() => ({ term, gate, ws, editorReports: (line) => editorReports('fish', integration, plainEnv(home), line) }), { confirmedLine: 'rm -rf important; and echo once >> log.txt', disarmLine: 'set -e __dag_n_rm' });

  it('gates a function defined on an earlier line, and an abbreviation, by what they run', async () => {
    await term.run('function wipe; rm -rf important; end');
    const r = await term.run('wipe');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.at(-1)?.command).toContain('rm -rf important');
    const a = await term.run('zap');
    expect(a.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.at(-1)?.command).toBe('rm -rf important');
  });

  it('gates a function that is no tool name, also after a variable assignment and after `;`', async () => {
    // Defining it runs nothing: the engine reads the definition as one, so no dialog (as in bash
    // and zsh, the function is judged when it is called).
    const asked = gate.asks.length;
    expect((await term.run('function tidyup; rm -rf important; end')).exitCode).toBe(0);
    expect(gate.asks.slice(asked).map((a) => a.answered)).toEqual(gate.asks.slice(asked).map(() => 'not-gated'));
    // The last: more than eight command words, which the prefilter looks at once each.
    for (const line of ['tidyup', 'FOO=1 tidyup', 'echo hi; tidyup', `${Array.from({ length: 10 }, (_, i) => `echo ${i}`).join('; ')}; tidyup; echo 0`]) {
      const r = await term.run(line);
      expect(r.exitCode, line).toBe(126);
      expect(existsSync(path.join(ws, 'important'))).toBe(true);
      expect(gate.asks.at(-1)?.command).toContain('rm -rf important');
    }
  });

  it("still gates with fish's qmark-noglob feature on (`?` in a pattern then matches only itself)", async () => {
    await term.close();
    term = await TerminalSession.start('fish', integration, { ...armedEnv(home, gate), fish_features: 'qmark-noglob' }, ws);
    expect((await term.run('status test-feature qmark-noglob; and echo on')).output.trim()).toBe('on');
    await term.run('function tidyup; rm -rf important; end');
    for (const [line, asked] of [['echo x > app.db', 'echo x > app.db'], ['echo hi; tidyup', 'rm -rf important']] as const) {
      const r = await term.run(line);
      expect(r.exitCode, line).toBe(126);
      expect(gate.asks.at(-1)?.command).toContain(asked);
    }
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
  });

  it('judges a block typed over several lines as one unit', async () => {
    const r = await term.run('begin\recho a > a.txt; rm -rf important\rend');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'a.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.at(-1)?.command).toBe('begin\necho a > a.txt; rm -rf important\nend');
  });

  it.skipIf(!sqlite)('leaves a real sqlite table untouched', async () => {
    const r = await term.run(`sqlite3 app.db "DROP TABLE users"`);
    expect(r.exitCode).toBe(126);
    const t = spawnSync('sqlite3', [path.join(ws, 'app.db'), "select name from sqlite_master where type='table'"], { encoding: 'utf8' });
    expect(t.stdout.trim()).toBe('users');
  });
});
