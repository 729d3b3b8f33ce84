// What a person or an agent feels at the terminal (not a timed test). Run after `npm run build`:
// node bench/terminal-pty.mjs            (DAG_PTY_LINES=200 for a shorter run)
// Two interactive shells of each kind run in pseudo-terminals, started the way the editor starts
// them (its shell-integration scripts injected, test/shell/terminalSession.ts): one armed with the
// gate's environment exactly as the extension builds it, one plain. The same harmless lines go to
// both, alternating line by line; each line is timed from the Enter key to the editor's "command
// finished, prompt shown" markers (OSC 633 D then B). The added latency is the median and 99th
// percentile of the paired differences.
// Also counted per line: page faults of the shell and of the children it waited for (/proc), and
// what one page written after fork costs on this machine (a copy-on-write fault: 16–26 µs on
// the virtual machines here; no other machine was measured). The editor's integration forks several
// times a line, so every page the shell's own work touches afterwards is paid again per line.
// And a loop typed at the prompt (2,000 iterations of a no-op): hooks that run before every
// command (bash's DEBUG trap) show there.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
// Minor page faults of PID and of its children it has waited for.
function faults(pid) {
  if (pid === undefined) return NaN;
  const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return Number(f[7]) + Number(f[8]);
}
// What a page written after fork costs here: write one byte into each of 256 pages after a fork,
// minus the same writes again (no fault); median of 15.
const COW = `
import os, time, statistics
n = 256; b = bytearray(n * 4096)
for i in range(0, n * 4096, 4096): b[i] = 1
r = []
for k in range(15):
    p = os.fork()
    if p == 0: os._exit(0)
    os.waitpid(p, 0)
    t0 = time.perf_counter()
    for i in range(0, n * 4096, 4096): b[i] = 2
    t1 = time.perf_counter()
    for i in range(0, n * 4096, 4096): b[i] = 3
    t2 = time.perf_counter()
    r.append(((t1 - t0) - (t2 - t1)) / n * 1e6)
print('%.1f' % statistics.median(r))
`;
// Forks on the whole machine since boot (/proc/stat `processes`): counted around each line, the
// number of processes the shell (and the editor's integration in it) started for that line.
function forks() {
  const m = /^processes (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
  return m ? Number(m[1]) : NaN;
}
// A fork probe: a line that makes 200 command substitutions (each a fork of the shell), run in both
// shells. The gate's check clears it in the shell (no word on it names anything the rules read: a
// probe with `builtin` or `command` in it would go to the bridge once, whose start alone is ~5,000
// faults, 25 per iteration). What the armed shell adds per iteration is what its loaded state
// costs every fork (bash writes to a variable's hash entry at every lookup, so pages are dirtied
// by reading too), plus the editor's per-command hooks (bash's DEBUG trap). With the forks per
// line above it tells an editor whose integration forks more (zsh's escapes its command line with
// one `$(printf ...)` per byte) from a gate that costs more.
const PROBE = {
  bash: 'for i in {1..200}; do __p=$(echo x); done',
  zsh: 'for i in {1..200}; do __p=$(echo x); done',
  fish: 'for i in (seq 200); set __p (true); end',
};
/** Seven paired runs of the probe line: the faults of each run, plain and armed. */
async function forkProbe(shell, plain, gated) {
  const pa = [], pb = [];
  for (let i = 0; i < 7; i++) {
    let f0 = faults(plain.shellPid);
    await plain.run(PROBE[shell], 30_000);
    pa.push(faults(plain.shellPid) - f0);
    f0 = faults(gated.shellPid);
    const r = await gated.run(PROBE[shell], 30_000);
    if (r.exitCode !== 0) throw new Error(`${shell}: the fork probe failed with exit ${r.exitCode}`);
    clearedInShell(shell, PROBE[shell]);
    pb.push(faults(gated.shellPid) - f0);
  }
  return [pa, pb];
}
const cow = spawnSync('python3', ['-c', COW], { encoding: 'utf8' });
const cowUs = Number(cow.stdout.trim());
console.log(`this machine: a page written after fork (copy-on-write fault) costs ${Number.isFinite(cowUs) ? cowUs.toFixed(1) : '?'} µs (median of 15 x 256 pages)`);
const LOOP = { bash: 'for i in {1..2000}; do :; done', zsh: 'for i in {1..2000}; do :; done', fish: 'for i in (seq 2000); true; end' };

const integration = vscodeShellIntegrationDir();
const home = makeHome({ '.bashrc': 'HISTCONTROL=ignorespace\n', '.zshrc': '', '.config/fish/config.fish': 'set -g fish_greeting\n' });
const ws = mkdtempSync('/var/tmp/dag-ptybench-ws-');
mkdirSync(path.join(ws, 'src'));
const plainEnv = { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', TMPDIR: process.env.TMPDIR ?? '/tmp', PS1: '$ ' };
// The scripts as built (DAG_PTY_SCRIPTS for another copy). The bridge is a stand-in that records
// its call and refuses: every line measured here must be cleared inside the shell, and the run
// stops at one that is not (a bridge start would be measured as the gate's per-line cost).
const scriptsDir = process.env.DAG_PTY_SCRIPTS ?? path.join(repo, 'dist/scripts');
const bridgeLog = path.join(dir, 'bridge-calls');
const bridge = path.join(dir, 'bridge.cjs');
writeFileSync(bridge, `require('node:fs').appendFileSync(${JSON.stringify(bridgeLog)}, 'call\\n'); process.stdout.write('bench: this line reached the bridge'); process.exit(1);\n`);
writeFileSync(bridgeLog, '');
function clearedInShell(shell, line) {
  if (readFileSync(bridgeLog, 'utf8') !== '') throw new Error(`${shell}: a measured line went to the bridge instead of being cleared in the shell: ${line}`);
}
const gatedEnv = applyTerminalEnvironment(plainEnv, terminalEnvironment({ scriptsDir, cliPath: bridge, nodePath: process.execPath, prefilter: encodeShellPrefilterForShells(buildShellPrefilter()), baseEnv: plainEnv }));
for (const k of (process.env.DAG_PTY_DROP ?? '').split(',').filter(Boolean)) delete gatedEnv[k];

for (const shell of (process.env.DAG_PTY_SHELLS ?? 'bash,zsh,fish').split(',').filter(has)) {
  const plain = await TerminalSession.start(shell, integration, plainEnv, ws);
  const gated = await TerminalSession.start(shell, integration, gatedEnv, ws);
  // bash loads the gate at its first prompt: one command on each side settles both.
  await plain.run('true');
  await gated.run('true');
  clearedInShell(shell, 'true');
  // The probe once before the lines as well: state that grows with the lines a shell reads shows
  // as a per-fork cost that rises over the run (a long session pays it on every fork).
  const [qa, qb] = await forkProbe(shell, plain, gated);
  const a = [], b = [], d = [], fa = [], fb = [], ka = [], kb = [];
  for (const l of lines) {
    let f0 = faults(plain.shellPid);
    let k0 = forks();
    let t0 = process.hrtime.bigint();
    await plain.run(l);
    const x = Number(process.hrtime.bigint() - t0) / 1e6;
    ka.push(forks() - k0);
    fa.push(faults(plain.shellPid) - f0);
    f0 = faults(gated.shellPid);
    k0 = forks();
    t0 = process.hrtime.bigint();
    const r = await gated.run(l);
    const y = Number(process.hrtime.bigint() - t0) / 1e6;
    kb.push(forks() - k0);
    fb.push(faults(gated.shellPid) - f0);
    if (r.exitCode === 126) throw new Error(`${shell}: the gate refused a harmless line: ${l}`);
    clearedInShell(shell, l);
    a.push(x);
    b.push(y);
    d.push(y - x);
  }
  const la = [], lb = [], ld = [];
  for (let i = 0; i < 15; i++) {
    let t0 = process.hrtime.bigint();
    await plain.run(LOOP[shell], 30_000);
    const x = Number(process.hrtime.bigint() - t0) / 1e6;
    t0 = process.hrtime.bigint();
    await gated.run(LOOP[shell], 30_000);
    clearedInShell(shell, LOOP[shell]);
    const y = Number(process.hrtime.bigint() - t0) / 1e6;
    la.push(x);
    lb.push(y);
    ld.push(y - x);
  }
  const [pa, pb] = await forkProbe(shell, plain, gated);
  await plain.close();
  await gated.close();
  console.log(`${shell} in a pseudo-terminal with the editor's integration, ${N} harmless lines, Enter to next prompt: without gate p50 ${pct(a, 50).toFixed(2)} ms, with gate p50 ${pct(b, 50).toFixed(2)} ms; added (paired) p50 ${pct(d, 50).toFixed(2)} ms, p99 ${pct(d, 99).toFixed(2)} ms`);
  const added = pct(fb, 50) - pct(fa, 50);
  console.log(`  page faults per line (shell and its children): without gate p50 ${pct(fa, 50)}, with gate p50 ${pct(fb, 50)} (+${added}; at ${cowUs} µs each about ${((added * cowUs) / 1000).toFixed(1)} ms)`);
  const perFork = (pct(pb, 50) - pct(pa, 50)) / 200;
  const perForkBefore = (pct(qb, 50) - pct(qa, 50)) / 200;
  console.log(`  processes (and threads) started on the machine per line: without gate p50 ${pct(ka, 50)}, with gate p50 ${pct(kb, 50)}`);
  console.log(`  fork probe (\`${PROBE[shell]}\`, 7 paired runs): faults per iteration without gate ${(pct(pa, 50) / 200).toFixed(1)}, with gate ${(pct(pb, 50) / 200).toFixed(1)} (+${perFork.toFixed(1)}; before the ${N} lines +${perForkBefore.toFixed(1)})`);
  console.log(`  a loop typed at the prompt (\`${LOOP[shell]}\`, 15 paired runs): without gate p50 ${pct(la, 50).toFixed(1)} ms, with gate p50 ${pct(lb, 50).toFixed(1)} ms; added p50 ${pct(ld, 50).toFixed(1)} ms`);
}
