// What a person or an agent feels at the terminal (not a timed test). Run after `npm run build`:
// node bench/terminal-pty.mjs            (DAG_PTY_LINES=200 for a shorter run)
// Two interactive shells of each kind run in pseudo-terminals, started the way the editor starts
// them (its shell-integration scripts injected, test/shell/terminalSession.ts): one armed with the
// gate's environment exactly as the extension builds it, one plain. The same harmless lines go to
// both, alternating line by line; each line is timed from the Enter key to the editor's "command
// finished, prompt shown" markers (OSC 633 D then B). The added latency is the median and 99th
// percentile of the paired differences.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildSync } = await import('esbuild');
const dir = mkdtempSync(path.join(tmpdir(), 'dag-ptybench-'));
const entry = path.join(dir, 'entry.ts');
writeFileSync(entry, ['test/shell/terminalSession.ts', 'test/shell/vscodeShellIntegration.ts', 'src/extension/terminal/terminalEnvironment.ts', 'src/engine/prefilter/shellPrefilter.ts'].map((f) => `export * from ${JSON.stringify(path.join(repo, f))};`).join('\n'));
// The bundle lives beside the test files' folder so their `__dirname` (ptyRelay.py) still resolves.
const lib = path.join(repo, 'test/shell', `.bench-${process.pid}.cjs`);
buildSync({ entryPoints: [entry], outfile: lib, bundle: true, platform: 'node', format: 'cjs', external: ['esbuild', 'vitest'], logLevel: 'warning' });
const { TerminalSession, makeHome, vscodeShellIntegrationDir, terminalEnvironment, applyTerminalEnvironment, buildShellPrefilter, encodeShellPrefilterForShells } = await import(lib);
(await import('node:fs')).rmSync(lib);

const N = Number(process.env.DAG_PTY_LINES ?? 1000);
// Lines every shell reads alike (fish has no `for ...; do`): commands, pipes, redirections.
const SHAPES = process.env.DAG_PTY_TRUE === '1' ? [() => 'true'] : [
  (i) => `ls -la src > /dev/null; echo ${i} > /dev/null`,
  (i) => `echo "$HOME/${i}" | wc -c > /dev/null`,
  (i) => `cd src && cd .. && echo done${i} > /dev/null`,
  (i) => `echo a${i} b c | wc -w > /dev/null`,
  (i) => `git status --short src/part${i} > /dev/null 2>&1`,
  (i) => `grep -rn TODO${i} src | head > /dev/null`,
  (i) => `docker ps -a --filter name=web${i} > /dev/null 2>&1`,
  (i) => `kubectl get pods -n team${i} > /dev/null 2>&1`,
];
const lines = Array.from({ length: N }, (_, i) => (SHAPES[i % SHAPES.length] ?? SHAPES[0])(i));

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const has = (sh) => spawnSync(sh, ['--version']).status === 0;

const integration = vscodeShellIntegrationDir();
const home = makeHome({ '.bashrc': 'HISTCONTROL=ignorespace\n', '.zshrc': '', '.config/fish/config.fish': 'set -g fish_greeting\n' });
const ws = mkdtempSync('/var/tmp/dag-ptybench-ws-');
mkdirSync(path.join(ws, 'src'));
const plainEnv = { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', TMPDIR: process.env.TMPDIR ?? '/tmp', PS1: '$ ' };
// The scripts as built (DAG_PTY_SCRIPTS for another copy). No editor endpoint: harmless lines
// never reach the bridge, and one that did would be refused (the run stops if that happens).
const scriptsDir = process.env.DAG_PTY_SCRIPTS ?? path.join(repo, 'dist/scripts');
const gatedEnv = applyTerminalEnvironment(plainEnv, terminalEnvironment({ scriptsDir, cliPath: path.join(repo, 'dist/cli.js'), nodePath: process.execPath, prefilter: encodeShellPrefilterForShells(buildShellPrefilter()), baseEnv: plainEnv }));
for (const k of (process.env.DAG_PTY_DROP ?? '').split(',').filter(Boolean)) delete gatedEnv[k];

for (const shell of (process.env.DAG_PTY_SHELLS ?? 'bash,zsh,fish').split(',').filter(has)) {
  const plain = await TerminalSession.start(shell, integration, plainEnv, ws);
  const gated = await TerminalSession.start(shell, integration, gatedEnv, ws);
  // bash loads the gate at its first prompt: one command on each side settles both.
  await plain.run('true');
  await gated.run('true');
  const a = [], b = [], d = [];
  for (const l of lines) {
    let t0 = process.hrtime.bigint();
    await plain.run(l);
    const x = Number(process.hrtime.bigint() - t0) / 1e6;
    t0 = process.hrtime.bigint();
    const r = await gated.run(l);
    const y = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.exitCode === 126) throw new Error(`${shell}: the gate refused a harmless line: ${l}`);
    a.push(x);
    b.push(y);
    d.push(y - x);
  }
  await plain.close();
  await gated.close();
  console.log(`${shell} in a pseudo-terminal with the editor's integration, ${N} harmless lines, Enter to next prompt: without gate p50 ${pct(a, 50).toFixed(2)} ms, with gate p50 ${pct(b, 50).toFixed(2)} ms; added (paired) p50 ${pct(d, 50).toFixed(2)} ms, p99 ${pct(d, 99).toFixed(2)} ms`);
}
