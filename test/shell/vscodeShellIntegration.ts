// Finds the editor's real shell-integration scripts (VS Code's, as shipped in code-server), so
// the shell tests load them exactly as the editor does. Looks in an installed code-server first,
// then a cache, and otherwise unpacks them from the code-server npm package (npm registry only).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The code-server the end-to-end tests install (scripts/e2e/install-code-server.sh). */
export const PINNED_CODE_SERVER_VERSION = '4.99.4';
/**
 * Whose scripts the shell tests load: the pinned version, or another one named by
 * DAG_CODE_SERVER_VERSION (CI also runs the shell suites against a recent one, so a change in
 * the editor's integration shows up here before users meet it).
 */
export const CODE_SERVER_VERSION = /^\d+\.\d+\.\d+$/.test(process.env['DAG_CODE_SERVER_VERSION'] ?? '') ? (process.env['DAG_CODE_SERVER_VERSION'] as string) : PINNED_CODE_SERVER_VERSION;
const IN_PACKAGE = 'lib/vscode/out/vs/workbench/contrib/terminal/common/scripts';

function hasScripts(dir: string): boolean {
  return existsSync(path.join(dir, 'shellIntegration-bash.sh')) && existsSync(path.join(dir, 'shellIntegration-rc.zsh')) && existsSync(path.join(dir, 'shellIntegration.fish'));
}

export function vscodeShellIntegrationDir(): string {
  const candidates = [
    process.env['VSCODE_SHELL_INTEGRATION_DIR'],
    CODE_SERVER_VERSION === PINNED_CODE_SERVER_VERSION ? path.join('/opt/vscode-e2e/cs/node_modules/code-server', IN_PACKAGE) : undefined,
    path.join(tmpdir(), `dag-vscode-scripts-${CODE_SERVER_VERSION}`),
  ].filter((d): d is string => typeof d === 'string' && d.length > 0);
  for (const d of candidates) if (hasScripts(d)) return d;
  const cache = candidates[candidates.length - 1] as string;
  const work = mkdtempSync(path.join(tmpdir(), 'dag-cs-pack-'));
  try {
    execFileSync('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'], timeout: 240_000 });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    execFileSync('tar', ['xzf', tgz, '--wildcards', `package/${IN_PACKAGE}/*`], { cwd: work, timeout: 120_000 });
    mkdirSync(path.dirname(cache), { recursive: true });
    renameSync(path.join(work, 'package', IN_PACKAGE), cache);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return cache;
}
