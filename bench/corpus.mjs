// Agreement with every labelled corpus in ../shared/corpus, through the real `evaluate` verb.
// Usage: node bench/corpus.mjs [--out dir] [file-substring]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = process.env.CORPUS_DIR ?? join(root, '..', 'shared', 'corpus');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outDir = outIdx >= 0 ? args[outIdx + 1] : join(root, 'bench', 'results');
const filter = args.filter((a, i) => !a.startsWith('--') && i !== outIdx + 1)[0];

export function scoreCorpora() {
  if (!existsSync(corpusDir)) throw new Error(`no corpus folder at ${corpusDir}`);
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl') && (!filter || f.includes(filter))).sort();
  const results = [];
  for (const f of files) {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    const cases = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
    const r = spawnSync(process.execPath, [process.env.CLI ?? join(root, 'dist', 'cli.js'), 'evaluate', '--jsonl'], { input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`evaluate failed on ${f}: ${r.stderr}`);
    const outs = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
    if (outs.length !== cases.length) throw new Error(`${f}: ${cases.length} cases but ${outs.length} answers`);
    let pass = 0;
    let denyMiss = 0;
    const disagreements = [];
    const micros = [];
    cases.forEach((c, i) => {
      const o = outs[i];
      micros.push(o.micros ?? 0);
      const ok = o.verdict === c.expect || (c.deny_ok === true && c.expect === 'confirm' && o.verdict === 'deny');
      if (ok) pass++;
      else {
        if (c.expect === 'deny' && o.verdict !== 'deny') denyMiss++;
        disagreements.push({ command: c.command, cwd: c.cwd, expect: c.expect, got: o.verdict ?? `error: ${o.error}`, rules: (o.findings ?? []).map((x) => x.rule).join(','), unverifiable: o.unverifiable?.map((u) => u.reason).join('; '), note: c.note });
      }
    });
    results.push({ file: f, cases: cases.length, pass, agreement: pass / cases.length, denyMiss, disagreements, micros });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = scoreCorpora();
  mkdirSync(outDir, { recursive: true });
  for (const r of results) {
    console.log(`${r.file.padEnd(28)} ${String(r.pass).padStart(6)}/${String(r.cases).padEnd(6)} ${(r.agreement * 100).toFixed(2)}%  deny misses: ${r.denyMiss}`);
    writeFileSync(join(outDir, r.file.replace('.jsonl', '.disagreements.jsonl')), r.disagreements.map((d) => JSON.stringify(d)).join('\n') + '\n');
  }
}
