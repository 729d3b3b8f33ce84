// A broken install must not open the gate: when the prefilter cannot be loaded, `bash -c` and
// `zsh -c` send every text on (here to a bridge that is not configured, so it is refused) instead
// of running it unchecked. The complete scripts run the same harmless text untouched.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShellPrefilter, encodeShellPrefilterForShells } from '../../src/engine/prefilter/shellPrefilter';
import { applyTerminalEnvironment, terminalEnvironment } from '../../src/extension/terminal/terminalEnvironment';
import { SCRIPTS_DIR } from './armedEnvironment';

// stdin is not inherited as a socket: Debian's bash takes a socket stdin for sshd and skips BASH_ENV.
const has = (sh: string): boolean => spawnSync(sh, ['--version']).status === 0;

/** A copy of the shipped scripts without the given files, and the environment of a terminal armed with it. */
function armedWith(missing: readonly string[]): Record<string, string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'dag-failclosed-')), 'scripts');
  cpSync(SCRIPTS_DIR, dir, { recursive: true });
  for (const f of missing) rmSync(path.join(dir, f), { force: true });
  const home = mkdtempSync(path.join(tmpdir(), 'dag-failclosed-home-'));
  const base = { HOME: home, PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };
  const env = applyTerminalEnvironment(base, terminalEnvironment({ scriptsDir: dir, cliPath: '/nonexistent/cli.js', nodePath: process.execPath, prefilter: encodeShellPrefilterForShells(buildShellPrefilter()), baseEnv: base }));
  // No bridge: whatever the prefilter sends on is refused with the "not configured" message.
  delete env['DESTRUCTIVE_GATE_NODE'];
  return env;
}

// Each entry: files removed together (zsh reads the compiled prefilter when the script is gone).
describe.each([
  ['bash', [['prefilter.bash'], ['prefilter-core.bash']]],
  ['zsh', [['prefilter.zsh', 'prefilter.zsh.zwc']]],
] as const)('%s -c with the prefilter missing', (shell, cases) => {
  it.skipIf(!has(shell))('refuses even a harmless text rather than running it unchecked', () => {
    for (const missing of cases) {
      const r = spawnSync(shell, ['-c', 'echo ran'], { env: armedWith(missing), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(r.stdout, `${missing.join(', ')} missing`).toBe('');
      expect(r.status, `${missing.join(', ')} missing`).toBe(126);
      expect(r.stderr).toContain("destructive-gate: blocked: the gate's bridge is not configured");
    }
  });

  it.skipIf(!has(shell))('runs the same text untouched when the scripts are complete', () => {
    const r = spawnSync(shell, ['-c', 'echo ran'], { env: armedWith([]), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ran\n');
    expect(r.status).toBe(0);
  });
});
