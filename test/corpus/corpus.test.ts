// The labelled corpora in ../shared/corpus: agreement of at least 99% on each file, no miss where the
// label is deny, and the engine's fast path proven a superset of what full reading gates.
// (Every disagreement is listed by `npm run bench`; this test keeps regressions out.)

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { mayNeedReading } from '../../src/engine/parse/shell/quickScan';
import { engineInputFromJson } from '../../src/cli/engine/engineInput';

const corpusDir = process.env['CORPUS_DIR'] ?? join(__dirname, '..', '..', '..', 'shared', 'corpus');

interface Case {
  command?: string;
  expect: 'allow' | 'confirm' | 'deny';
  deny_ok?: boolean;
}

function load(file: string): { raw: unknown; c: Case }[] {
  return readFileSync(join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const raw: unknown = JSON.parse(l);
      return { raw, c: raw as Case };
    });
}

describe('labelled corpora', () => {
  it('are present beside the project (CI clones ../shared next to it; set CORPUS_DIR elsewhere)', () => {
    expect(existsSync(corpusDir), `no corpus folder at ${corpusDir}`).toBe(true);
  });
  const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort() : [];
  for (const file of files) {
    it(`${file}: at least 99% agreement and no missed deny`, () => {
      let pass = 0;
      const denyMisses: string[] = [];
      const cases = load(file);
      for (const { raw, c } of cases) {
        const parsed = engineInputFromJson(raw, { cwd: '/home/dev/project', env: { HOME: '/home/dev', PATH: '/usr/bin:/bin' } });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) continue;
        const d = evaluate(parsed.input);
        if (d.verdict === c.expect || (c.deny_ok === true && c.expect === 'confirm' && d.verdict === 'deny')) pass++;
        else if (c.expect === 'deny') denyMisses.push(c.command ?? '');
      }
      expect(denyMisses).toEqual([]);
      expect(pass / cases.length).toBeGreaterThanOrEqual(0.99);
    });
  }

  it('the fast path lets through only lines the full reading allows', () => {
    const holes: string[] = [];
    for (const file of files) {
      for (const { c } of load(file)) {
        if (c.command === undefined || mayNeedReading(c.command)) continue;
        // Force the full reading with a policy that has a user rule matching nothing.
        const full = evaluate({ command: c.command, cwd: '/home/dev/project', env: { HOME: '/home/dev' }, policy: { enabled: true, disabledRules: new Set(), allow: [], rules: [{ id: 'user/never', verdict: 'confirm', severity: 'low', reason: 'x', match: { command: { kind: 'glob', pattern: '\u0000never\u0000' } } }], verdictOverrides: {}, environments: [], protectedBranches: ['main', 'master', 'trunk', 'release/*', 'production', 'prod'], disposablePaths: [] } });
        if (full.verdict !== 'allow') holes.push(`${c.command} → ${full.verdict}`);
      }
    }
    expect(holes).toEqual([]);
  });
});
