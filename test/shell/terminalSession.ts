// An integrated terminal without the editor: a real shell in a pseudo-terminal (ptyRelay.py),
// started the way VS Code starts it (its shell-integration scripts injected by the same
// arguments and variables), so the tests see the same OSC 633 command markers the editor reads.

import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export type TestShell = 'bash' | 'zsh' | 'fish';

const RELAY = path.join(__dirname, 'ptyRelay.py');

export interface Finished {
  /** From the editor's `633;D;<code>` marker; undefined when the shell reported none. */
  exitCode: number | undefined;
  /** The command line the editor's integration reported (`633;E`), unescaped. */
  commandLine: string | undefined;
  /** Text the command printed (between `633;C` and `633;D`), escape sequences removed. */
  output: string;
}

function unescape633(v: string): string {
  return v.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\\\/g, '\\');
}

export function plain(s: string): string {
  return s.replace(/\x1b\][^\x07]*\x07/g, '').replace(/\x1b[()][A-Z0-9]/g, '').replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[=>]/g, '').replace(/\r/g, '');
}

/** How the editor launches each shell with its integration (terminalEnvironment.ts upstream). */
export function editorLaunch(shell: TestShell, integrationDir: string, env: Record<string, string>): { argv: string[]; env: Record<string, string> } {
  const e: Record<string, string> = { ...env, VSCODE_INJECTION: '1', VSCODE_NONCE: 'nonce', VSCODE_STABLE: '1', TERM: 'xterm-256color', TERM_PROGRAM: 'vscode' };
  if (shell === 'bash') return { argv: ['bash', '--init-file', path.join(integrationDir, 'shellIntegration-bash.sh')], env: e };
  if (shell === 'zsh') {
    const zdot = mkdtempSync(path.join(tmpdir(), 'dag-vscode-zsh-'));
    for (const [from, to] of [['shellIntegration-rc.zsh', '.zshrc'], ['shellIntegration-profile.zsh', '.zprofile'], ['shellIntegration-env.zsh', '.zshenv'], ['shellIntegration-login.zsh', '.zlogin']] as const) {
      copyFileSync(path.join(integrationDir, from), path.join(zdot, to));
    }
    e['USER_ZDOTDIR'] = env['ZDOTDIR'] ?? env['HOME'] ?? '';
    e['ZDOTDIR'] = zdot;
    return { argv: ['zsh', '-i'], env: e };
  }
  return { argv: ['fish', '--init-command', `source "${path.join(integrationDir, 'shellIntegration.fish')}"`], env: e };
}

export class TerminalSession {
  private raw = '';
  private readonly waiters: (() => void)[] = [];
  exited = false;

  private constructor(private readonly proc: ChildProcessWithoutNullStreams) {
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (d: string) => {
      this.raw += d;
      for (const w of this.waiters.splice(0)) w();
    });
    proc.on('exit', () => {
      this.exited = true;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async start(shell: TestShell, integrationDir: string, env: Record<string, string>, cwd: string): Promise<TerminalSession> {
    const l = editorLaunch(shell, integrationDir, env);
    const proc = spawn('python3', [RELAY, '--', ...l.argv], { cwd, env: l.env, stdio: 'pipe' });
    const s = new TerminalSession(proc);
    await s.waitFor((raw) => /\x1b\]633;B\x07/.test(raw), 10_000, 'the first prompt');
    return s;
  }

  /** The shell's process id (the relay's one child), for benchmarks that read its /proc entry. */
  get shellPid(): number | undefined {
    const relay = this.proc.pid;
    if (relay === undefined) return undefined;
    try {
      const kids = readFileSync(`/proc/${relay}/task/${relay}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return kids.length === 1 ? Number(kids[0]) : undefined;
    } catch {
      return undefined;
    }
  }

  get screen(): string {
    return plain(this.raw);
  }

  private waitFor(pred: (raw: string) => boolean, timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; screen so far:\n${plain(this.raw).slice(-2000)}`)), timeoutMs);
      const check = () => {
        if (pred(this.raw)) {
          clearTimeout(timer);
          resolve();
        } else if (this.exited) {
          clearTimeout(timer);
          reject(new Error(`the shell exited while waiting for ${what}; screen:\n${plain(this.raw).slice(-2000)}`));
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Types TEXT (a line, or several separated by \r) then Enter, and waits for the command to finish and the next prompt. */
  async run(text: string, timeoutMs = 8_000): Promise<Finished> {
    const start = this.raw.length;
    this.proc.stdin.write(text + '\r');
    const done = /\x1b\]633;D(?:;(-?\d+))?\x07[\s\S]*?\x1b\]633;B\x07/;
    await this.waitFor((raw) => done.test(raw.slice(start)), timeoutMs, `the end of \`${text}\``);
    const seg = this.raw.slice(start);
    const d = done.exec(seg) as RegExpExecArray;
    const before = seg.slice(0, d.index);
    const e = /\x1b\]633;E;((?:[^;\x07]|\\x3b)*)(?:;[^\x07]*)?\x07/.exec(before);
    const c = before.lastIndexOf('\x1b]633;C\x07');
    const output = c >= 0 ? plain(before.slice(c)) : '';
    return { exitCode: d[1] === undefined ? undefined : Number(d[1]), commandLine: e ? unescape633(e[1] as string) : undefined, output: output.replace(/^\n+/, '') };
  }

  /** Sends raw keystrokes without waiting. */
  type(keys: string): void {
    this.proc.stdin.write(keys);
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.proc.on('exit', () => resolve()));
    this.proc.stdin.end();
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(t);
  }
}

/**
 * The command line the editor's own integration reports for LINE in a shell without the gate (same
 * home, a scratch workspace like the tests' one): what an armed shell must report too. Editor
 * versions differ (newer VS Code bash integrations report only the first command, `$BASH_COMMAND`,
 * when HISTCONTROL has ignorespace), so tests compare with this rather than with a fixed text.
 */
export async function editorReports(shell: TestShell, integrationDir: string, env: Record<string, string>, line: string): Promise<string | undefined> {
  const ws = makeWorkspace(false);
  const s = await TerminalSession.start(shell, integrationDir, env, ws);
  try {
    return (await s.run(line)).commandLine;
  } finally {
    await s.close();
    rmSync(ws, { recursive: true, force: true });
  }
}

export function makeHome(files: Record<string, string>): string {
  const home = mkdtempSync(path.join(tmpdir(), 'dag-home-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(home, name)), { recursive: true });
    writeFileSync(path.join(home, name), text);
  }
  return home;
}

/**
 * A workspace for one test: not under /tmp (the policy treats everything below the temp folder as
 * disposable), holding `important/data.txt` and, with sqlite, `app.db` with a `users` table.
 */
export function makeWorkspace(withSqlite: boolean): string {
  const ws = mkdtempSync('/var/tmp/dag-ws-');
  mkdirSync(path.join(ws, 'important'));
  writeFileSync(path.join(ws, 'important', 'data.txt'), 'precious');
  if (withSqlite) spawnSync('sqlite3', [path.join(ws, 'app.db'), 'create table users(id integer); insert into users values (1);']);
  return ws;
}

/** The tables of a sqlite database, by name, one per line. */
export function sqliteTables(db: string): string {
  return spawnSync('sqlite3', [db, "select name from sqlite_master where type='table' order by name"], { encoding: 'utf8' }).stdout.trim();
}
