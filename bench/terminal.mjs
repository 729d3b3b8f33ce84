// Terminal gate benchmark (not a timed test). Run after `npm run build`: node bench/terminal.mjs
// Every shell runs with LANG=C.UTF-8, as terminals do. The 1,000 distinct harmless lines include
// read-only uses of gated tools (git status, docker ps, kubectl get): the prefilter's hinted path.
// 1. Added latency per harmless interactive line in bash: the Enter check (bind -x dispatch of
//    __dag_enter: prefilter over the line, no process) timed inside bash with EPOCHREALTIME,
//    against an empty bind -x function (the no-gate baseline).
// 2. Added time per `bash -c '<harmless>'` start: 1,000 starts with BASH_ENV=gate-env.bash vs none,
//    alternating one start without and one with the gate (the added time is the median of the
//    paired differences); for a plain text and for one naming a hinted tool (git).
// 3. zsh: the accept-line wrapper (__dag_accept with zle stubbed: prefilter over $PREBUFFER$BUFFER,
//    no process) against an empty widget function; and `zsh -c` starts with the ZDOTDIR wrapper
//    vs without, with the compiled forms the first interactive zsh writes, and before it has.
// 4. fish: the gate's Enter function (reading the buffer, the prefilter; no process) against an
//    empty function, per line; and `fish -c` starts with the vendor snippet on XDG_DATA_DIRS vs without
//    (fish -c text is not checked; the snippet returns at once).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildShellPrefilter, encodeShellPrefilterForShells } = await (async () => {
  const { buildSync } = await import('esbuild');
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'dag-bench-')), 'pf.cjs');
  buildSync({ entryPoints: [path.join(repo, 'src/engine/prefilter/shellPrefilter.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return import(out);
})();
const PREFILTER = encodeShellPrefilterForShells(buildShellPrefilter());
const PF_ENV = { DESTRUCTIVE_GATE_PREFILTER: PREFILTER.names, DESTRUCTIVE_GATE_PREFILTER_HINTS: PREFILTER.hints };

// The scripts as shipped, in a private copy: dist/ is rebuilt by other runs, and the zsh
// measurements add and remove compiled files beside the scripts.
const scripts = path.join(mkdtempSync(path.join(tmpdir(), 'dag-bench-scripts-')), 'scripts');
cpSync(path.join(repo, 'dist/scripts'), scripts, { recursive: true });
const removeCompiled = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) removeCompiled(p);
    else if (e.name.endsWith('.zwc')) rmSync(p);
  }
};
removeCompiled(scripts);

// 1,000 distinct lines: 14 shapes of everyday commands, each with its own arguments (a shell that
// remembers words it has looked up sees the commands again, as in real use, but not the arguments).
const SHAPES = [
  (i) => `ls -la src/module${i}`,
  (i) => `cd packages/pkg${i} && ls`,
  (i) => `echo "$HOME/${i}" | wc -c`,
  (i) => `cat notes/day${i}.md > /dev/null`,
  (i) => `echo done${i} >> log.txt`,
  (i) => `make -j4 target${i} 2>&1 | tail -n ${i}`,
  (i) => `grep -rn TODO${i} src | head`,
  (i) => `ls -la ~/projects/app${i}/some/deep/path | uniq -c | head -n 5`,
  (i) => `for f in *.${i}.ts; do wc -l "$f"; done`,
  (i) => `git status --short src/part${i}`,
  (i) => `git log --oneline -n ${i} | head -n 20`,
  (i) => `git diff HEAD~${i} -- src`,
  (i) => `docker ps -a --filter name=web${i}`,
  (i) => `kubectl get pods -n team${i}`,
];
const lines = Array.from({ length: 1000 }, (_, i) => (SHAPES[i % SHAPES.length] ?? SHAPES[0])(i));
const BASE = { PATH: process.env.PATH, LANG: 'C.UTF-8' };

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const fmt = (x) => `${x.toFixed(3)} ms`;

const work = mkdtempSync(path.join(tmpdir(), 'dag-bench-'));
const input = path.join(work, 'lines');
writeFileSync(input, lines.join('\0') + '\0');

/** Runs a timing loop that prints "<baseline µs> <gated µs>" per line; reports the added time. */
function inShell(cmd, args, label) {
  const r = spawnSync(cmd, args, { env: { ...BASE, HOME: work, ...PF_ENV, DESTRUCTIVE_GATE_SHELL_DIR: scripts }, encoding: 'utf8', maxBuffer: 1 << 24 });
  // Anything on stderr means the timed code did not run as it does at the prompt (an error path).
  if (r.status !== 0 || r.stderr !== '') throw new Error(`${label}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  const b = [], g = [];
  for (const l of r.stdout.trim().split('\n')) {
    const [x, y] = l.split(' ').map(Number);
    b.push(x / 1000);
    g.push(y / 1000);
  }
  if (b.length !== lines.length) throw new Error(`${label}: ${b.length} timings for ${lines.length} lines`);
  const add = g.map((v, i) => Math.max(0, v - b[i]));
  console.log(`${label}, 1,000 harmless lines: added per line p50 ${fmt(pct(add, 50))}, p99 ${fmt(pct(add, 99))} (gate check p50 ${fmt(pct(g, 50))}, empty function p50 ${fmt(pct(b, 50))}); processes started: 0`);
}

function startsOf(cmd, args, env, n) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const s = spawnSync(cmd, args, { env, cwd: work, stdio: ['ignore', 'ignore', 'ignore'] });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (s.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${s.status})`);
  }
  return xs;
}
/**
 * 1,000 starts each way, alternating one without and one with the gate, so that drift in the
 * machine's load falls on both sides alike; the added time is the median of the 1,000 paired
 * differences (and, for reference, the difference of the two medians).
 */
function compareStarts(label, cmd, args, plain, armed) {
  const a = [], b = [], d = [];
  for (let i = 0; i < 1000; i++) {
    const [x] = startsOf(cmd, args, plain, 1);
    const [y] = startsOf(cmd, args, armed, 1);
    a.push(x);
    b.push(y);
    d.push(y - x);
  }
  console.log(`${label}, 1,000 starts: without gate p50 ${fmt(pct(a, 50))} p99 ${fmt(pct(a, 99))}; with gate p50 ${fmt(pct(b, 50))} p99 ${fmt(pct(b, 99))}; added p50 ${fmt(pct(d, 50))} (paired; difference of medians ${fmt(pct(b, 50) - pct(a, 50))})`);
}
const has = (sh) => spawnSync(sh, ['--version']).status === 0;
const bridge = { DESTRUCTIVE_GATE_NODE: process.execPath, DESTRUCTIVE_GATE_CLI: path.join(repo, 'dist/cli.js') };
const PLAIN_TEXT = 'echo hi; x=$((1+2)); [ -n "$x" ]';
// Names git (a hinted tool) without running it: the folder has no .git.
const HINTED_TEXT = '[ -d .git ] && git status --short || echo no-repo';

// 1. interactive bash: time __dag_enter (the whole added work per Enter) vs an empty function.
inShell('bash', ['--norc', '-c', `
source "${scripts}/prefilter.bash"
# As gate.bash does: the file the prefilter reads a function's definition through.
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
`], 'bash interactive (bind -x Enter check)');

// 2. bash -c starts with and without BASH_ENV.
const bashArmed = { ...BASE, BASH_ENV: path.join(scripts, 'gate-env.bash'), DESTRUCTIVE_GATE_SHELL_DIR: scripts, ...PF_ENV, ...bridge };
compareStarts("bash -c '<harmless>'", 'bash', ['-c', PLAIN_TEXT], BASE, bashArmed);
compareStarts("bash -c '<harmless, naming git>'", 'bash', ['-c', HINTED_TEXT], BASE, bashArmed);

if (has('zsh')) {
  inShell('zsh', ['-f', '-i', '-c', `
__dag_pf_hash=1
source "${scripts}/gate.zsh"
zmodload zsh/datetime
zle() { :; }
empty() { :; }
WIDGET=accept-line
while IFS= read -r -d '' l; do
  PREBUFFER= BUFFER=$l
  t0=$EPOCHREALTIME; empty; t1=$EPOCHREALTIME; __dag_accept accept-line; t2=$EPOCHREALTIME
  printf '%d %d\n' $(( (t1 - t0) * 1000000 )) $(( (t2 - t1) * 1000000 ))
done < "${input}"
`], 'zsh interactive (accept-line wrapper)');
  const zHome = mkdtempSync(path.join(tmpdir(), 'dag-bench-zhome-'));
  const zPlain = { ...BASE, HOME: zHome };
  const zArmed = { ...zPlain, ZDOTDIR: path.join(scripts, 'zdotdir'), DESTRUCTIVE_GATE_SHELL_DIR: scripts, ...PF_ENV, ...bridge };
  removeCompiled(scripts);
  compareStarts("zsh -c '<harmless>', before any interactive zsh compiled the scripts", 'zsh', ['-c', PLAIN_TEXT], zPlain, zArmed);
  // What the first interactive zsh in a protected terminal does (gate.zsh): compile the wrapper's
  // .zshenv and prefilter.zsh beside them.
  const c = spawnSync('zsh', ['-f', '-c', 'zcompile -U "$1/prefilter.zsh" && zcompile -U "$1/zdotdir/.zshenv"', 'zsh', scripts], { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(`zcompile: ${c.stderr}`);
  compareStarts("zsh -c '<harmless>'", 'zsh', ['-c', PLAIN_TEXT], zPlain, zArmed);
  compareStarts("zsh -c '<harmless, naming git>'", 'zsh', ['-c', HINTED_TEXT], zPlain, zArmed);
}

if (has('fish')) {
  // fish has no in-process clock: each line's Enter work is timed over 20 repetitions between two
  // `date` calls (per-line mean of 20), against the same loop calling an empty function. The
  // gate's real Enter function runs, from the shipped snippet, with `commandline` stubbed to hand
  // it the line (a function call where fish has a builtin: if anything, a little slower).
  const r = spawnSync('fish', ['--no-config', '-i', '-c', `
set -gx DESTRUCTIVE_GATE_SHELL_DIR "${scripts}"
source "${scripts}/xdg/fish/vendor_conf.d/destructive-gate.fish"
functions -q __dag_enter; or exit 3
set -g __bench_line
function commandline
    set -q argv[1]; or printf '%s\\n' $__bench_line
    # A refused line is replaced: none of these lines may be.
    test "$argv[1]" = -r; and set -g __bench_refused $__bench_line
end
set -g __bench_refused
function empty; end
for l in (string split0 < "${input}")
  set -g __bench_line $l
  set -l t0 (date +%s%N)
  for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; empty; end
  set -l t1 (date +%s%N)
  for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; __dag_enter; end
  set -l t2 (date +%s%N)
  echo (math "($t1 - $t0) / 20") (math "($t2 - $t1) / 20")
end
set -q __bench_refused[1]; and echo "refused: $__bench_refused" >&2; and exit 4
exit 0
`], { env: { ...BASE, HOME: work, TERM: 'dumb', ...PF_ENV }, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`fish: ${r.status} ${r.stderr}`);
  const pairs = r.stdout.trim().split('\n').map((l) => l.split(' ').map(Number));
  if (pairs.length !== lines.length) throw new Error(`fish: ${pairs.length} timings for ${lines.length} lines`);
  const added = pairs.map(([e, g]) => ((g ?? 0) - (e ?? 0)) / 1e6);
  console.log(`fish interactive (Enter function), 1,000 harmless lines (each the mean of 20 runs): added p50 ${fmt(pct(added, 50))} p99 ${fmt(pct(added, 99))}; processes started: 0`);
  const fHome = mkdtempSync(path.join(tmpdir(), 'dag-bench-fhome-'));
  const fPlain = { ...BASE, HOME: fHome, XDG_DATA_DIRS: '/usr/local/share:/usr/share' };
  compareStarts("fish -c '<harmless>'", 'fish', ['-c', 'echo hi; set x (math 1+2); test -n "$x"'], fPlain, { ...fPlain, XDG_DATA_DIRS: `${path.join(scripts, 'xdg')}:/usr/local/share:/usr/share`, DESTRUCTIVE_GATE_SHELL_DIR: scripts, ...PF_ENV });
}
