// Terminal gate benchmark (not a timed test). Run after `npm run build`: node bench/terminal.mjs
// 1. Added latency per harmless interactive line in bash: the Enter check (bind -x dispatch of
//    __dag_enter: prefilter over the line, no process) timed inside bash with EPOCHREALTIME over
//    1,000 harmless lines, against an empty bind -x function (the no-gate baseline).
// 2. Added time per `bash -c '<harmless>'` start: 1,000 starts with BASH_ENV=gate-env.bash vs none.
// 3. zsh: the accept-line wrapper (__dag_accept with zle stubbed: prefilter over $PREBUFFER$BUFFER,
//    no process) against an empty widget function, over the same 1,000 lines; and 1,000
//    `zsh -c` starts with the ZDOTDIR wrapper (.zshenv check) vs without.
// 4. fish: the Enter function's work (reading the buffer, the prefilter; no process) against an
//    empty function, over the same lines; and 1,000 `fish -c` starts with the vendor snippet on
//    XDG_DATA_DIRS vs without (fish -c text is not checked; the snippet returns at once).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scripts = path.join(repo, 'dist/scripts');
const { buildShellPrefilter, encodeShellPrefilter } = await import(path.join(repo, 'dist/prefilter-bench.cjs')).catch(async () => {
  const { buildSync } = await import('esbuild');
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'dag-bench-')), 'pf.cjs');
  buildSync({ entryPoints: [path.join(repo, 'src/engine/prefilter/shellPrefilter.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return import(out);
});
const PREFILTER = encodeShellPrefilter(buildShellPrefilter());

const HARMLESS = ['ls -la', 'cd src && ls', 'echo "$HOME" | wc -c', 'cat README.md > /dev/null', 'echo done >> log.txt', 'make -j4 2>&1 | tail -n 20', 'grep -rn TODO src | head', 'ls -la ~/projects/some/deep/path/with/many/segments | sort | uniq -c | sort -rn | head -n 5', 'for f in *.ts; do wc -l "$f"; done'];
const lines = Array.from({ length: 1000 }, (_, i) => HARMLESS[i % HARMLESS.length]);

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const fmt = (x) => `${x.toFixed(3)} ms`;

// 1. interactive bash: time __dag_enter (the whole added work per Enter) vs an empty function.
const work = mkdtempSync(path.join(tmpdir(), 'dag-bench-'));
const input = path.join(work, 'lines');
writeFileSync(input, lines.join('\0') + '\0');
const measure = `
source "${scripts}/prefilter.bash"
__dag_pf_fnfile=$(mktemp)
__dag_prev=; __dag_defs=; __dag_subst=()
bind() { :; }
__dag_enter_fn=$(sed -n '/^__dag_enter() {/,/^}/p' "${scripts}/gate.bash")
eval "$__dag_enter_fn"
empty() { :; }
while IFS= read -r -d '' l; do
  READLINE_LINE=$l; READLINE_POINT=\${#l}
  t0=$EPOCHREALTIME; empty; t1=$EPOCHREALTIME; __dag_enter; t2=$EPOCHREALTIME
  __dag_prev=
  printf '%s %s\\n' "$(( \${t1/./} - \${t0/./} ))" "$(( \${t2/./} - \${t1/./} ))"
done < "${input}"
`;
const r = spawnSync('bash', ['--norc', '-c', measure], { env: { PATH: process.env.PATH, DESTRUCTIVE_GATE_PREFILTER: PREFILTER }, encoding: 'utf8', maxBuffer: 1 << 24 });
if (r.status !== 0) throw new Error(r.stderr);
const base = [], gated = [];
for (const l of r.stdout.trim().split('\n')) {
  const [a, b] = l.split(' ').map(Number);
  base.push(a / 1000);
  gated.push(b / 1000);
}
const added = gated.map((g, i) => Math.max(0, g - base[i]));
console.log(`bash interactive, 1,000 harmless lines: added per line p50 ${fmt(pct(added, 50))}, p99 ${fmt(pct(added, 99))} (gate check p50 ${fmt(pct(gated, 50))}, empty bind -x function p50 ${fmt(pct(base, 50))}); processes started: 0`);

// 2. bash -c starts with and without BASH_ENV.
function starts(env, n = 1000) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const s = spawnSync('bash', ['-c', 'echo hi; x=$((1+2)); [ -n "$x" ]'], { env, stdio: ['ignore', 'ignore', 'ignore'] });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (s.status !== 0) throw new Error('bash -c failed');
  }
  return xs;
}
const plainEnv = { PATH: process.env.PATH };
const armedEnv = { ...plainEnv, BASH_ENV: path.join(scripts, 'gate-env.bash'), DESTRUCTIVE_GATE_SHELL_DIR: scripts, DESTRUCTIVE_GATE_PREFILTER: PREFILTER, DESTRUCTIVE_GATE_NODE: process.execPath, DESTRUCTIVE_GATE_CLI: path.join(repo, 'dist/cli.js') };
// Interleave to spread machine noise evenly over both sides.
const a = [], b = [];
for (let round = 0; round < 10; round++) {
  a.push(...starts(plainEnv, 100));
  b.push(...starts(armedEnv, 100));
}
console.log(`bash -c '<harmless>', 1,000 starts: without gate p50 ${fmt(pct(a, 50))} p99 ${fmt(pct(a, 99))}; with BASH_ENV gate p50 ${fmt(pct(b, 50))} p99 ${fmt(pct(b, 99))}; added p50 ${fmt(pct(b, 50) - pct(a, 50))}`);

const has = (sh) => spawnSync(sh, ['--version']).status === 0;
function inShell(cmd, args, label) {
  const r = spawnSync(cmd, args, { env: { PATH: process.env.PATH, HOME: work, DESTRUCTIVE_GATE_PREFILTER: PREFILTER, DESTRUCTIVE_GATE_SHELL_DIR: scripts }, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
  const b = [], g = [];
  for (const l of r.stdout.trim().split('\n')) {
    const [x, y] = l.split(' ').map(Number);
    b.push(x / 1000);
    g.push(y / 1000);
  }
  const add = g.map((v, i) => Math.max(0, v - b[i]));
  console.log(`${label}, 1,000 harmless lines: added per line p50 ${fmt(pct(add, 50))}, p99 ${fmt(pct(add, 99))} (gate check p50 ${fmt(pct(g, 50))}, empty function p50 ${fmt(pct(b, 50))}); processes started: 0`);
}
function startsOf(cmd, args, env, n) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const s = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'ignore'] });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (s.status !== 0) throw new Error(`${cmd} failed`);
  }
  return xs;
}
function compareStarts(label, cmd, args, plain, armed) {
  const a = [], b = [];
  for (let round = 0; round < 10; round++) {
    a.push(...startsOf(cmd, args, plain, 100));
    b.push(...startsOf(cmd, args, armed, 100));
  }
  console.log(`${label}, 1,000 starts: without gate p50 ${fmt(pct(a, 50))} p99 ${fmt(pct(a, 99))}; with gate p50 ${fmt(pct(b, 50))} p99 ${fmt(pct(b, 99))}; added p50 ${fmt(pct(b, 50) - pct(a, 50))}`);
}

if (has('zsh')) {
  inShell('zsh', ['-f', '-i', '-c', `
source "${scripts}/gate.zsh"
zmodload zsh/datetime
zle() { :; }
empty() { :; }
WIDGET=accept-line
while IFS= read -r -d '' l; do
  PREBUFFER= BUFFER=$l
  t0=$EPOCHREALTIME; empty; t1=$EPOCHREALTIME; __dag_accept; t2=$EPOCHREALTIME
  printf '%d %d\n' $(( (t1 - t0) * 1000000 )) $(( (t2 - t1) * 1000000 ))
done < "${input}"
`], 'zsh interactive (accept-line wrapper)');
  const zHome = mkdtempSync(path.join(tmpdir(), 'dag-bench-zhome-'));
  const zPlain = { PATH: process.env.PATH, HOME: zHome };
  compareStarts("zsh -c '<harmless>'", 'zsh', ['-c', 'echo hi; x=$((1+2)); [ -n "$x" ]'], zPlain, { ...zPlain, ZDOTDIR: path.join(scripts, 'zdotdir'), DESTRUCTIVE_GATE_SHELL_DIR: scripts, DESTRUCTIVE_GATE_PREFILTER: PREFILTER, DESTRUCTIVE_GATE_NODE: process.execPath, DESTRUCTIVE_GATE_CLI: path.join(repo, 'dist/cli.js') });
}

if (has('fish')) {
  // fish has no in-process clock: time whole passes over the 1,000 lines (one `date` at each
  // end) with the Enter work and with an empty function, and report the mean per line.
  const r = spawnSync('fish', ['--no-config', '-c', `
source "${scripts}/prefilter.fish"
function empty; end
# What __dag_enter adds for a harmless line: read the buffer, run the prefilter.
function enter --argument-names l
  set -l text (printf '%s' $l | string collect)
  set -g __dag_defs
  __dag_hits "$text"
end
set -l lines (string split0 < "${input}")
for round in 1 2 3
  set -l t0 (date +%s%N)
  for l in $lines; empty $l; end
  set -l t1 (date +%s%N)
  for l in $lines; enter $l; end
  set -l t2 (date +%s%N)
  echo (math "($t1 - $t0) / 1000") (math "($t2 - $t1) / 1000")
end
`], { env: { PATH: process.env.PATH, HOME: work, DESTRUCTIVE_GATE_PREFILTER: PREFILTER }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fish: ${r.stderr}`);
  const rounds = r.stdout.trim().split('\n').map((l) => l.split(' ').map(Number));
  const perLine = rounds.map(([e, g]) => (g - e) / 1000 / 1000);
  console.log(`fish interactive (Enter function), 1,000 harmless lines x3: added per line mean ${perLine.map((x) => fmt(x)).join(', ')} (whole-pass timing; no per-line percentiles in fish); processes started: 0`);
  const fHome = mkdtempSync(path.join(tmpdir(), 'dag-bench-fhome-'));
  const fPlain = { PATH: process.env.PATH, HOME: fHome, XDG_DATA_DIRS: '/usr/local/share:/usr/share' };
  compareStarts("fish -c '<harmless>'", 'fish', ['-c', 'echo hi; set x (math 1+2); test -n "$x"'], fPlain, { ...fPlain, XDG_DATA_DIRS: `${path.join(scripts, 'xdg')}:/usr/local/share:/usr/share`, DESTRUCTIVE_GATE_SHELL_DIR: scripts, DESTRUCTIVE_GATE_PREFILTER: PREFILTER });
}
