// The scenarios every gated shell must pass the same way (bash, zsh, fish): a cancelled line runs nothing, a line
// with one gated command runs none of it, read-only uses of gated tools never reach the bridge, a leading space
// changes nothing, a line changing the gate's own state asks, a confirmed line runs once as written.
// Each suite registers them inside its own describe, with its own session; shell-specific cases stay in the suites.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import type { FakeGate } from './fakeGate';
import type { TerminalSession } from './terminalSession';

export interface ScenarioContext {
  term: TerminalSession;
  gate: FakeGate;
  /** The workspace folder holding `important/data.txt`. */
  ws: string;
  /** What the editor's integration reports for a line in the same shell without the gate. */
  editorReports: (line: string) => Promise<string | undefined>;
}

export interface ShellDifferences {
  /** Runs `rm -rf important` and then appends `once` to log.txt, in the shell's own syntax. */
  confirmedLine: string;
  /** A line that would switch the prefilter off in this shell (empties the names it looks for). */
  disarmLine: string;
}

/**
 * The editor is told about LINE what it is told in the same shell without the gate: the line, or
 * its first command (some editor versions report only `$BASH_COMMAND`), never nothing.
 */
export async function expectReportedAsWithoutGate(reported: string | undefined, line: string, editorReports: (line: string) => Promise<string | undefined>): Promise<void> {
  const plain = await editorReports(line);
  expect(plain ?? '').not.toBe('');
  expect(line.startsWith(plain ?? '?')).toBe(true);
  expect(reported).toBe(plain);
}

export function sharedGateScenarios(ctx: () => ScenarioContext, shell: ShellDifferences): void {
  const { confirmedLine, disarmLine } = shell;
  it('refuses a cancelled line: nothing runs, status 126, one line says why', async () => {
    const { term, gate, ws } = ctx();
    const r = await term.run('rm -rf important');
    expect(r.exitCode).toBe(126);
    // The editor is told the line as typed, not the stand-in that refuses it.
    expect(r.commandLine).toBe('rm -rf important');
    expect(existsSync(path.join(ws, 'important', 'data.txt'))).toBe(true);
    expect(gate.asks.map((a) => [a.command, a.answered])).toEqual([['rm -rf important', 'cancel']]);
    const lines = r.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^destructive-gate: blocked `rm -rf important`: filesystem\//);
    // The shell is still usable afterwards.
    expect((await term.run('true')).exitCode).toBe(0);
  });

  it('lets read-only uses of gated tools run without reaching the bridge (no process, no ask)', async () => {
    const { term, gate } = ctx();
    const ro = await term.run('git status >/dev/null 2>&1; docker ps >/dev/null 2>&1; kubectl get pods >/dev/null 2>&1; ls >/dev/null');
    expect(ro.exitCode).toBe(0);
    expect(gate.asks).toEqual([]);
  });

  it('blocks the whole line when any command in it is gated', async () => {
    const { term, ws } = ctx();
    const r = await term.run('echo a > a.txt; rm -rf important; echo b > b.txt');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'a.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'b.txt'))).toBe(false);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
  });

  it('gates lines sent with a leading space (what agents send, under HISTCONTROL=ignorespace in bash)', async () => {
    const { term, gate, ws } = ctx();
    const r = await term.run(' rm -rf important');
    expect(r.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'important'))).toBe(true);
    expect(gate.asks).toHaveLength(1);
  });

  it("asks before a line changes the gate's own state; cancelled, the next destructive line is still gated", async () => {
    const { term, gate, ws } = ctx();
    const r = await term.run(disarmLine);
    expect(r.exitCode).toBe(126);
    const after = await term.run('rm -rf important');
    expect(after.exitCode).toBe(126);
    expect(existsSync(path.join(ws, 'important', 'data.txt'))).toBe(true);
    expect(gate.asks.map((a) => [a.command, a.answered])).toEqual([
      [disarmLine, 'cancel'],
      ['rm -rf important', 'cancel'],
    ]);
  });

  it('runs a confirmed line exactly once, as written', async () => {
    const { term, gate, ws, editorReports } = ctx();
    gate.human = 'confirm';
    const r = await term.run(confirmedLine);
    expect(r.exitCode).toBe(0);
    expect(existsSync(path.join(ws, 'important'))).toBe(false);
    expect(readFileSync(path.join(ws, 'log.txt'), 'utf8')).toBe('once\n');
    await expectReportedAsWithoutGate(r.commandLine, confirmedLine, editorReports);
  });
}
