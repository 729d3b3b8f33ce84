// The in-shell prefilter is a superset of what the rules gate: every must-gate case of the rule
// tables and every confirm/deny case of the shared corpora hits it, when run by the real bash
// prefilter script with the prefilter generated from the registry.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShellPrefilter, encodeShellPrefilter } from '../../src/engine/prefilter/shellPrefilter';
import type { RuleCases } from '../rules/ruleTable';
import { REPO, SCRIPTS_DIR } from './armedEnvironment';

const SHARED_CORPUS = path.resolve(REPO, '../shared/corpus');

/** Runs every line through the bash prefilter in one process; returns the lines it let through. */
function bashMisses(lines: readonly string[]): string[] {
  const script = `source "${SCRIPTS_DIR}/prefilter.bash"; while IFS= read -r -d '' l; do if __dag_hits "$l"; then printf 1; else printf 0; fi; done`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    input: lines.map((l) => l + '\0').join(''),
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', DESTRUCTIVE_GATE_PREFILTER: encodeShellPrefilter(buildShellPrefilter()) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  expect(r.stdout).toHaveLength(lines.length);
  return lines.filter((_, i) => r.stdout[i] !== '1');
}

function isRuleCases(v: unknown): v is RuleCases[] {
  return Array.isArray(v) && v.every((t) => typeof t === 'object' && t !== null && 'rule' in t && 'gate' in t);
}

describe('shell prefilter', () => {
  it('needs no every-line fallback for the built-in rules (each `*` rule has a structural entry)', () => {
    const p = buildShellPrefilter();
    expect(p.everyLineBecause).toEqual([]);
    expect(p.everyLine).toBe(false);
  });

  it('lets ordinary lines through without the engine', () => {
    const harmless = ['ls -la', 'cd src && ls', 'echo "$HOME" | wc -c', 'cat README.md > /dev/null', 'echo done >> log.txt', 'make -j4 2>&1', 'grep -rn TODO src | head'];
    expect(bashMisses(harmless)).toEqual(harmless);
  });

  it('hits every must-gate case of the rule tables', async () => {
    const dir = path.join(REPO, 'test/rules');
    const lines: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.cases.ts'))) {
      const mod = (await import(path.join(dir, f))) as Record<string, unknown>;
      for (const v of Object.values(mod)) {
        if (!isRuleCases(v)) continue;
        for (const t of v) for (const c of t.gate) {
          const command: unknown = typeof c === 'string' ? c : c.command;
          // MCP tool-call cases carry no shell line.
          if (typeof command === 'string') lines.push(command);
        }
      }
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(bashMisses(lines)).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED_CORPUS))('hits every confirm and deny case of the shared corpora (../shared/corpus)', () => {
    const lines: string[] = [];
    for (const f of readdirSync(SHARED_CORPUS).filter((n) => n.endsWith('.jsonl'))) {
      for (const raw of readFileSync(path.join(SHARED_CORPUS, f), 'utf8').split('\n')) {
        if (raw.trim() === '') continue;
        const c = JSON.parse(raw) as { command?: unknown; expect?: unknown };
        if (typeof c.command === 'string' && (c.expect === 'confirm' || c.expect === 'deny')) lines.push(c.command);
      }
    }
    expect(lines.length).toBeGreaterThan(1000);
    expect(bashMisses(lines)).toEqual([]);
  });
});
