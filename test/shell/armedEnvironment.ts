// The environment a protected terminal gets, built by the product's own terminalEnvironment()
// with the fake gate's endpoint, plus a private HOME and workspace per test file.

import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildShellPrefilter, encodeShellPrefilterForShells } from '../../src/engine/prefilter/shellPrefilter';
import { applyTerminalEnvironment, terminalEnvironment } from '../../src/extension/terminal/terminalEnvironment';

export const REPO = path.resolve(__dirname, '../..');
export const SCRIPTS_DIR = path.join(REPO, 'src/extension/scripts');
export let CLI = path.join(REPO, 'dist/cli.js');

/**
 * Bundles the cli the way scripts/build.mjs does, into a private folder: dist/ is rebuilt
 * (removed, then written) by every build, and a test must not see it vanish halfway.
 */
export function buildPrivateCli(): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'dag-shell-cli-')), 'cli.js');
  buildSync({ entryPoints: [path.join(REPO, 'src/cli/main.ts')], outfile: out, bundle: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'warning' });
  CLI = out;
  return out;
}

/** The terminal's environment without the gate: what the armed one is built on. */
export function plainEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: home,
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    TMPDIR: process.env['TMPDIR'] ?? '/tmp',
    PS1: '$ ',
    ...extra,
  };
}

export function armedEnv(home: string, endpoint: { socket: string; secret: string } | undefined, extra: Record<string, string> = {}): Record<string, string> {
  const base = plainEnv(home, extra);
  const m = terminalEnvironment({
    scriptsDir: SCRIPTS_DIR,
    cliPath: CLI,
    nodePath: process.execPath,
    prefilter: encodeShellPrefilterForShells(buildShellPrefilter()),
    baseEnv: base,
    ...(endpoint ? { endpoint } : {}),
  });
  return applyTerminalEnvironment(base, m);
}
