// `npm run bench`: every figure the issues ask for, measured side by side in one run on this machine.
//
// 1. Agreement with each labelled corpus in ../shared/corpus (through the real `evaluate` verb), with every
//    disagreement written to bench/results/<corpus>.disagreements.jsonl.
// 2. In-process latency per command (lines under 1 KB), ours next to cc-safety-net's analyzer on the same
//    commands, interleaved command by command so both see the same machine load. p50/p99 in µs and the
//    ratio of medians.
// 3. A 1 MB line (harmless, and with `rm -rf /` at its end).
// 4. `evaluate` throughput: 10,000 lines through `node dist/cli.js evaluate --jsonl`, process start included.
// 5. The hook and MCP proxy figures (bench/hooks.mjs) and the terminal figures (bench/terminal.mjs: the gate's own work
//    inside each shell; bench/terminal-pty.mjs: Enter to next prompt in a pseudo-terminal, as a user feels it).
//
// Figures vary with machine load: quote medians and ratios from one run, not absolute numbers across runs.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { scoreCorpora } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'bench', 'results');
const corpusDir = process.env.CORPUS_DIR ?? join(root, '..', 'shared', 'corpus');
const quick = process.argv.includes('--quick');
mkdirSync(results, { recursive: true });

function pct(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

async function engine() {
  const out = join(root, 'bench', '.build', 'engine.cjs');
  await build({ entryPoints: [join(root, 'src', 'engine', 'evaluate.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
  return createRequire(import.meta.url)(out);
}

async function peer() {
  const bench = join(root, 'bench');
  const api = join(bench, 'node_modules', 'cc-safety-net', 'dist', 'api.js');
  if (!existsSync(api)) {
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(api)) return undefined;
  }
  return import(pathToFileURL(api).href);
}

const benchCwd = mkdtempSync(join(tmpdir(), 'dag-bench-'));

function corpusCommands() {
  const seen = new Set();
  const out = [];
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(corpusDir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line);
      if (typeof c.command !== 'string' || c.command.trim() === '' || Buffer.byteLength(c.command) >= 1024 || seen.has(c.command)) continue;
      seen.add(c.command);
      // One real folder for every case: cc-safety-net answers at once (deny) when the folder does not exist.
      out.push({ command: c.command, cwd: benchCwd });
    }
  }
  return out;
}

function timeEach(fn, items, rounds) {
  const times = new Array(items.length).fill(Infinity);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < items.length; i++) {
      const t0 = process.hrtime.bigint();
      fn(items[i]);
      const dt = Number(process.hrtime.bigint() - t0) / 1000;
      if (dt < times[i]) times[i] = dt;
    }
  }
  return times;
}

async function latency(summary) {
  const { evaluate } = await engine();
  const ccsn = await peer();
  const items = corpusCommands();
  const sample = quick ? items.slice(0, 3000) : items;
  const env = { HOME: process.env.HOME ?? '/root', PATH: '/usr/bin:/bin' };
  const ours = (c) => evaluate({ command: c.command, cwd: c.cwd, env });
  const theirs = ccsn ? (c) => ccsn.checkCommand({ command: c.command, cwd: c.cwd }) : undefined;
  // Warm both up, then interleave per command: best of 3 rounds each, so a noisy moment hurts both alike.
  for (const c of sample.slice(0, 2000)) {
    ours(c);
    if (theirs) theirs(c);
  }
  const oursTimes = [];
  const theirTimes = [];
  for (let i = 0; i < sample.length; i += 500) {
    const chunk = sample.slice(i, i + 500);
    oursTimes.push(...timeEach(ours, chunk, 3));
    if (theirs) theirTimes.push(...timeEach(theirs, chunk, 3));
  }
  const a = [...oursTimes].sort((x, y) => x - y);
  const b = [...theirTimes].sort((x, y) => x - y);
  summary.latency = {
    commands: sample.length,
    ours: { p50: pct(a, 50), p99: pct(a, 99), max: a.at(-1) },
    ccSafetyNet: theirs ? { p50: pct(b, 50), p99: pct(b, 99), max: b.at(-1) } : undefined,
    medianRatio: theirs ? pct(b, 50) / pct(a, 50) : undefined,
  };

  const big = 'echo ' + 'harmless-word '.repeat(Math.ceil(1_000_000 / 14));
  const bigTimes = (line) => {
    const t = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      const d = evaluate({ command: line, cwd: '/home/dev/project', env });
      t.push({ ms: Number(process.hrtime.bigint() - t0) / 1e6, verdict: d.verdict });
    }
    t.sort((x, y) => x.ms - y.ms);
    return t[2];
  };
  summary.megabyteLine = { harmless: bigTimes(big.slice(0, 1_000_000)), endsInRmRf: bigTimes(big.slice(0, 999_980) + '; rm -rf /') };
}

function throughput(summary) {
  const cli = process.env.CLI ?? join(root, 'dist', 'cli.js');
  const items = corpusCommands();
  const lines = [];
  for (let i = 0; lines.length < 10_000; i++) lines.push(JSON.stringify(items[i % items.length]));
  const input = lines.join('\n') + '\n';
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [cli, 'evaluate', '--jsonl'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0) throw new Error(`evaluate failed: ${res.stderr}`);
    const n = res.stdout.split('\n').filter(Boolean).length;
    if (n !== lines.length) throw new Error(`evaluate answered ${n} of ${lines.length} lines`);
    runs.push(ms);
  }
  runs.sort((x, y) => x - y);
  summary.evaluateThroughput = { lines: lines.length, medianMs: runs[1], runsMs: runs };
}

function agreement(summary) {
  summary.corpora = scoreCorpora().map((r) => {
    writeFileSync(join(results, r.file.replace('.jsonl', '.disagreements.jsonl')), r.disagreements.map((d) => JSON.stringify(d)).join('\n') + '\n');
    return { file: r.file, cases: r.cases, pass: r.pass, agreement: r.agreement, denyMisses: r.denyMiss, disagreements: r.disagreements.length };
  });
}

function subBench(name, summary) {
  const file = join(root, 'bench', `${name}.mjs`);
  if (!existsSync(file) || quick) return;
  const r = spawnSync(process.execPath, [file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  summary[name] = r.status === 0 ? 'see output above' : `failed with exit ${r.status}`;
}

const summary = { at: new Date().toISOString(), node: process.version };
if (!existsSync(corpusDir)) {
  console.error(`no corpus folder at ${corpusDir}: set CORPUS_DIR`);
  process.exit(1);
}
agreement(summary);
await latency(summary);
throughput(summary);

console.log('\nAgreement with the labelled corpora (`expect`; deny also passes where deny_ok):');
console.log('| corpus | cases | agree | % | deny misses |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const c of summary.corpora) console.log(`| ${c.file} | ${c.cases} | ${c.pass} | ${fmt(c.agreement * 100, 2)} | ${c.denyMisses} |`);
const l = summary.latency;
console.log(`\nIn-process latency per command, ${l.commands} distinct corpus lines under 1 KB (best of 3, interleaved):`);
console.log('| engine | p50 µs | p99 µs | max µs |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| destructive-action-gate | ${fmt(l.ours.p50)} | ${fmt(l.ours.p99)} | ${fmt(l.ours.max)} |`);
if (l.ccSafetyNet) console.log(`| cc-safety-net 2.4.5 | ${fmt(l.ccSafetyNet.p50)} | ${fmt(l.ccSafetyNet.p99)} | ${fmt(l.ccSafetyNet.max)} |`);
if (l.medianRatio) console.log(`median ratio (cc-safety-net / ours): ${fmt(l.medianRatio)}×`);
console.log(`\n1 MB line: harmless ${fmt(summary.megabyteLine.harmless.ms)} ms (${summary.megabyteLine.harmless.verdict}); ending in rm -rf / ${fmt(summary.megabyteLine.endsInRmRf.ms)} ms (${summary.megabyteLine.endsInRmRf.verdict})`);
console.log(`evaluate: ${summary.evaluateThroughput.lines} lines in ${fmt(summary.evaluateThroughput.medianMs, 0)} ms median of 3 (process start included)`);
subBench('hooks', summary);
subBench('terminal', summary);
// At the terminal, through the editor's shell integration: 200 lines per shell keeps it to minutes.
process.env.DAG_PTY_LINES ??= '200';
subBench('terminal-pty', summary);
writeFileSync(join(results, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
