// Terminal gate benchmark (not a timed test). Run after `npm run build`: node bench/terminal.mjs
// 1. Added latency per harmless interactive line in bash: the Enter check (bind -x dispatch of
//    __dag_enter: prefilter over the line, no process) timed inside bash with EPOCHREALTIME over
//    1,000 harmless lines, against an empty bind -x function (the no-gate baseline).
// 2. Added time per `bash -c '<harmless>'` start: 1,000 starts with BASH_ENV=gate-env.bash vs none.
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
