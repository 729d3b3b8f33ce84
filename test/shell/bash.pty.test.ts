// Real bash in a pseudo-terminal with the editor's shell integration loaded as the editor loads
// it, the gate armed by the product's own terminal environment, and the human's answer stubbed.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { armedEnv, buildPrivateCli, plainEnv } from './armedEnvironment';
import { FakeGate } from './fakeGate';
import { expectReportedAsWithoutGate, sharedGateScenarios } from './gateScenarios';
import { editorReports, makeHome, makeWorkspace, sqliteTables, TerminalSession } from './terminalSession';
import { vscodeShellIntegrationDir } from './vscodeShellIntegration';

const sqlite = spawnSync('sqlite3', ['-version']).status === 0;

let integration: string;
let gate: FakeGate;
let home: string;

beforeAll(async () => {
  buildPrivateCli();
  integration = vscodeShellIntegrationDir();
  gate = await FakeGate.start();
  home = makeHome({ '.bashrc': 'HISTCONTROL=ignorespace\nalias ll="ls -l"\n' });
}, 300_000);

afterAll(async () => {
  await gate.stop();
});

let ws: string;
let term: TerminalSession;

beforeEach(async () => {
  ws = makeWorkspace(sqlite);
  gate.asks.length = 0;
  gate.human = 'cancel';
  term = await TerminalSession.start('bash', integration, armedEnv(home, gate), ws);
}, 30_000);

afterEach(async () => {
  await term.close();
});

describe('bash terminal', () => {
  it('runs harmless lines unchanged, with their exit codes and the editor still seeing each command', async () => {
    const r = await term.run('echo hi; (exit 3)');
    expect(r.exitCode).toBe(3);
    await expectReportedAsWithoutGate(r.commandLine, 'echo hi; (exit 3)', (l) => editorReports('bash', integration, plainEnv(home), l));
    expect(r.output).toContain('hi');
    const l = await term.run('ll -d important | wc -l');
    expect(l.exitCode).toBe(0);
    expect(l.output.trim()).toBe('1');
  });

  it("leaves the user's BASH_REMATCH as it was across a line the prefilter reads with hints (git)", async () => {
    expect((await term.run('[[ abc =~ a(b)c ]]')).exitCode).toBe(0);
    // A hinted name on the line: the hint pass reads its parts (any =~ there must put BASH_REMATCH back).
    expect((await term.run('git --version > /dev/null')).exitCode).toBe(0);
    expect((await term.run('echo "${BASH_REMATCH[*]}"')).output.trim()).toBe('abc b');
  });

  sharedGateScenarios(() => ({ term, gate, ws, editorReports: (line) => editorReports('bash', integration, plainEnv(home), line) }), { confirmedLine: 'rm -rf important && echo once >> log.txt', disarmLine: '__dag_pf_nb=(); __dag_pf_hb=()' });

  it('keeps the refused line in history as typed (not the stand-in), and a leading-space one out of it', async () => {
    expect((await term.run('rm -rf important')).exitCode).toBe(126);
    expect((await term.run(' rm -rf important/data.txt')).exitCode).toBe(126);
    const h = await term.run('HISTTIMEFORMAT= history 2');
    const entries = h.output.trim().split('\n').map((l) => l.replace(/^\s*\d+\s+/, ''));
    expect(entries).toEqual(['rm -rf important', 'HISTTIMEFORMAT= history 2']);
  });

  it('gates a function defined on an earlier line when it is called', async () => {
    const def = await term.run('wipe() { rm -rf important; }');
    expect(def.exitCode ?? 0).toBe(0);
    const r = await term.run('wipe');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.at(-1)?.command).toContain('rm -rf important');
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

  it('treats a multi-line paste as one unit', async () => {
    const r = await term.run('\x1b[200~echo first > first.txt\nrm -rf important\x1b[201~');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'first.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
  });

  it('gates a function called on a later line of a multi-line paste', async () => {
    expect((await term.run('tidyup() { rm -rf important; }')).exitCode ?? 0).toBe(0);
    const r = await term.run('\x1b[200~echo first > first.txt\ntidyup\x1b[201~');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'first.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.at(-1)?.command).toContain('rm -rf important');
  });

  it('refuses gated lines when the editor cannot be reached, and still runs harmless ones', async () => {
    await term.close();
    term = await TerminalSession.start('bash', integration, armedEnv(home, { socket: path.join(ws, 'gone.sock'), secret: 'x' }, { DESTRUCTIVE_GATE_REGISTRY_DIR: path.join(ws, 'no-registry') }), ws);
    const r = await term.run('rm -rf important');
    expect(r.exitCode).toBe(126);
    expect(r.output).toMatch(/could not be reached/);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect((await term.run('ls important')).exitCode).toBe(0);
  });
});

/**
 * Like spawnSync, but leaves the event loop free: the fake gate answers from this process. stdin is
 * not a socket unless `stdin: 'pipe'` (Node's pipes are socket pairs; see the SHLVL case below).
 */
function runAsync(cmd: string, args: string[], o: { cwd: string; env: Record<string, string>; stdin?: 'ignore' | 'pipe' }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: o.cwd, env: o.env, stdio: [o.stdin ?? 'ignore', 'pipe', 'pipe'] });
    const { stdin: input, stdout: out, stderr: err } = p;
    if (out === null || err === null) return reject(new Error(`${cmd}: no output pipes`));
    input?.end();
    let stdout = '';
    let stderr = '';
    out.on('data', (d: Buffer) => (stdout += d.toString()));
    err.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('bash -c started from a protected environment (BASH_ENV)', () => {
  it('refuses a gated -c text before anything in it runs, and keeps scripts intact', async () => {
    const env = armedEnv(home, gate);
    const gated = await runAsync('bash', ['-c', 'echo started > started.txt; rm -rf important'], { cwd: ws, env });
    expect(gated.status, gated.stderr).toBe(126);
    expect(existsSync(path.join(ws, 'started.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    const strict = await runAsync('bash', ['-euo', 'pipefail', '-c', 'f() { echo "in f: $1"; return 3; }; f "a b"'], { cwd: ws, env });
    expect(strict.status).toBe(3);
    expect(strict.stdout).toBe('in f: a b\n');
    expect(strict.stderr).toBe('');
    const unset = await runAsync('bash', ['-u', '-c', 'echo "${1}-${0}"', 'zero', 'one'], { cwd: ws, env });
    expect(unset.stdout).toBe('one-zero\n');
    expect(gate.asks.map((a) => a.command)).toEqual(['echo started > started.txt; rm -rf important']);
  });

  // Debian's bash reads ~/.bashrc instead of BASH_ENV when stdin is a socket (it takes that for
  // sshd), but only in a top-level shell: SHLVL below 2 once it has counted itself. Every process
  // started from an integrated terminal inherits the terminal shell's SHLVL (1 or more), so an
  // agent there that spawns `bash -c` through Node's piped stdio (socket pairs) is still checked.
  it('checks bash -c spawned with a socket as stdin by a process started from the terminal (SHLVL=1)', async () => {
    const env = { ...armedEnv(home, gate), SHLVL: '1' };
    const r = await runAsync('bash', ['-c', 'echo started > started-socket.txt; rm -rf important'], { cwd: ws, env, stdin: 'pipe' });
    expect(r.status, r.stderr).toBe(126);
    expect(existsSync(path.join(ws, 'started-socket.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks.map((a) => a.command)).toContain('echo started > started-socket.txt; rm -rf important');
  });
});
