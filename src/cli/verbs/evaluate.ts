// `cli.js evaluate --jsonl`: one JSON object in, one out, in order, never stopping early
// (spec/evaluate-contract.md). It never contacts the editor and never waits for a human.

import { createInterface } from 'node:readline';
import type { Decision } from '../../engine/model/decision';
import { evaluate } from '../../engine/evaluate';
import type { Verb } from '../verb';
import { engineInputFromJson, withMachineFacts } from '../engine/engineInput';

export function renderDecision(d: Decision, micros: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    verdict: d.verdict,
    findings: d.findings.map((f) => ({ rule: f.rule, severity: f.severity, verdict: f.verdict, reason: f.reason, target: f.target, environment: f.environment, command: f.command, ...(f.safer ? { safer: f.safer } : {}), ...(f.preAnswered ? { preAnswered: f.preAnswered } : {}) })),
  };
  if (d.target !== undefined) out['target'] = d.target;
  if (d.environment !== undefined) out['environment'] = d.environment;
  if (d.unverifiable.length > 0) out['unverifiable'] = d.unverifiable;
  out['micros'] = micros;
  return out;
}

export function evaluateLine(line: string, lineNo: number, defaults: { cwd: string; env: Readonly<Record<string, string | undefined>> }, facts = true): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({ error: `line ${lineNo}: invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  const parsed = engineInputFromJson(value, defaults);
  if (!parsed.ok) return JSON.stringify({ error: `line ${lineNo}: ${parsed.error}` });
  const t0 = process.hrtime.bigint();
  const d = evaluate(facts ? withMachineFacts(parsed.input) : parsed.input);
  const micros = Number(process.hrtime.bigint() - t0) / 1000;
  return JSON.stringify(renderDecision(d, Math.round(micros * 10) / 10));
}

export const evaluateVerb: Verb = {
  name: 'evaluate',
  summary: 'batch-evaluate JSONL on stdin (see spec/evaluate-contract.md): one verdict line per input line',
  async run(args: string[]): Promise<number> {
    if (!args.includes('--jsonl') || args.some((a) => a !== '--jsonl' && a !== '--no-facts')) {
      process.stderr.write('usage: cli.js evaluate --jsonl [--no-facts] < cases.jsonl > verdicts.jsonl\n  --no-facts  judge the text alone: no kube context, terraform workspace, Railway link or git branch from disk\n');
      return 1;
    }
    const facts = !args.includes('--no-facts');
    const defaults = { cwd: process.cwd(), env: { ...process.env } };
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let lineNo = 0;
    let buf: string[] = [];
    for await (const line of rl) {
      lineNo++;
      // A blank line still gets its answer, so output lines stay aligned with input lines.
      buf.push(line.trim() === '' ? JSON.stringify({ error: `line ${lineNo}: empty line` }) : evaluateLine(line, lineNo, defaults, facts));
      if (buf.length >= 256) {
        if (!process.stdout.write(buf.join('\n') + '\n')) await new Promise((r) => process.stdout.once('drain', r));
        buf = [];
      }
    }
    if (buf.length > 0) process.stdout.write(buf.join('\n') + '\n');
    return 0;
  },
};
