// The bridge the PowerShell script (src/extension/scripts/gate.ps1) calls: pwsh itself cannot be installed
// on these machines, so this checks the bridge's side of the contract the script relies on.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

function check(line: string): { code: number | null; out: string } {
  const home = mkdtempSync(join(tmpdir(), 'dag-pwsh-'));
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, DESTRUCTIVE_GATE_REGISTRY_DIR: join(home, 'windows') };
  const r = spawnSync(process.execPath, [cli, 'shell-check', '--shell', 'pwsh'], { input: line, env, cwd: home, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('shell-check --shell pwsh', () => {
  it('lets a harmless PowerShell line run', () => {
    expect(check('Get-ChildItem -Force').code).toBe(0);
  });
  it('refuses a recursive Remove-Item when no editor can be asked (fail mode deny)', () => {
    const r = check('Remove-Item -Recurse -Force C:\\src');
    expect(r.code).toBe(10);
    expect(r.out).toContain('blocked');
  });
  it('never answers "incomplete" for PowerShell (PSReadLine decides that itself)', () => {
    expect(check('if ($true) {').code).not.toBe(11);
  });
});
