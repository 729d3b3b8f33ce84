// ESLint-RuleTester-style tables: per rule id, lines it must gate and look-alikes it must let through.
// Assertions are on rule ids, verdicts and typed targets, never on prose.
// Tables live in `<pack>.cases.ts` files so other tests (the shell prefilter's superset check) can reuse them.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import type { EngineInput } from '../../src/engine/model/input';
import type { EnvironmentName, GateVerdict } from '../../src/engine/model/decision';

export interface GateCase {
  command: string;
  /** Defaults to 'confirm'. */
  verdict?: GateVerdict;
  target?: string;
  environment?: EnvironmentName;
  cwd?: string;
  env?: Record<string, string>;
  files?: Record<string, string>;
}

export interface RuleCases {
  rule: string;
  gate: (string | GateCase)[];
  /** Look-alikes: the whole line must be allowed (no finding from any rule). */
  allow: (string | Omit<GateCase, 'verdict' | 'target' | 'environment'>)[];
}

export const TEST_CWD = '/home/dev/project';
export const TEST_HOME = '/home/dev';

export function inputFor(c: string | Omit<GateCase, 'verdict' | 'target' | 'environment'>): EngineInput {
  const gc = typeof c === 'string' ? { command: c } : c;
  const files = gc.files ?? {};
  return {
    command: gc.command,
    cwd: gc.cwd ?? TEST_CWD,
    env: gc.env ?? { HOME: TEST_HOME, PATH: '/usr/bin:/bin' },
    readFile: (p: string) => files[p],
  };
}

export function runRuleTables(tables: readonly RuleCases[]): void {
  for (const table of tables) {
    describe(table.rule, () => {
      for (const raw of table.gate) {
        const c: GateCase = typeof raw === 'string' ? { command: raw } : raw;
        it(`gates: ${c.command}`, () => {
          const d = evaluate(inputFor(c));
          const f = d.findings.find((x) => x.rule === table.rule);
          expect(f, `no ${table.rule} finding; got ${JSON.stringify(d.findings.map((x) => x.rule))}`).toBeDefined();
          expect(f?.verdict).toBe(c.verdict ?? 'confirm');
          if (c.target !== undefined) expect(f?.target).toBe(c.target);
          if (c.environment !== undefined) expect(f?.environment.name).toBe(c.environment);
        });
      }
      for (const raw of table.allow) {
        const c = typeof raw === 'string' ? { command: raw } : raw;
        it(`allows: ${c.command}`, () => {
          const d = evaluate(inputFor(c));
          expect(d.findings.map((x) => x.rule)).toEqual([]);
          expect(d.verdict).toBe('allow');
        });
      }
    });
  }
}
