// The stable launcher, run as an agent runs it: it finds the cli and the runtime from its
// configuration, and when it cannot start the gate it refuses in the agent's own terms.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launcherConfigText, launcherPaths, posixLauncherScript } from '../../../src/cli/install/launcher';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
let home: string;

function writeLauncher(conf: string | undefined): string {
  const p = launcherPaths(home, 'linux');
  fs.mkdirSync(p.dir, { recursive: true });
  fs.writeFileSync(p.script, posixLauncherScript(), { mode: 0o755 });
  if (conf !== undefined) fs.writeFileSync(p.config, conf);
  return p.script;
}

function run(script: string, agent: string, payload: unknown, pathEnv = '/usr/bin:/bin') {
  return spawnSync(script, ['hook', '--agent', agent], { input: JSON.stringify(payload), encoding: 'utf8', env: { HOME: home, PATH: pathEnv, DESTRUCTIVE_GATE_REGISTRY_DIR: path.join(home, 'none') } });
}

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-launch-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('posix launcher', () => {
  it('runs the configured cli with the configured runtime (ELECTRON_RUN_AS_NODE is harmless for node)', () => {
    const script = writeLauncher(launcherConfigText({ cli: CLI, runtime: process.execPath }));
    const r = run(script, 'cursor', { hook_event_name: 'beforeShellExecution', command: 'ls', cwd: '/home/u/app' });
    expect({ stdout: r.stdout, status: r.status }).toEqual({ stdout: '{"permission":"allow"}\n', status: 0 });
  });

  it('finds the newest installed extension when the recorded cli is gone', () => {
    const ext = path.join(home, '.vscode/extensions/destructive-action-gate.destructive-action-gate-9.9.9/dist');
    fs.mkdirSync(ext, { recursive: true });
    fs.copyFileSync(CLI, path.join(ext, 'cli.js'));
    const script = writeLauncher(launcherConfigText({ cli: '/gone/cli.js', runtime: process.execPath }));
    const r = run(script, 'cursor', { hook_event_name: 'beforeShellExecution', command: 'ls', cwd: '/home/u/app' });
    expect({ stdout: r.stdout, status: r.status }).toEqual({ stdout: '{"permission":"allow"}\n', status: 0 });
  });

  it('refuses in Cursor terms when nothing can be found', () => {
    const script = writeLauncher(undefined);
    const r = run(script, 'cursor', {}, '/nonexistent');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { permission: string }).permission).toBe('deny');
  });

  it('refuses with exit 2 for agents that read exit codes', () => {
    const script = writeLauncher(undefined);
    const r = run(script, 'claude-code', {}, '/nonexistent');
    expect({ stdout: r.stdout, status: r.status }).toEqual({ stdout: '', status: 2 });
  });
});
