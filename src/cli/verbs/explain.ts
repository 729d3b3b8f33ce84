// `cli.js explain "<command>"`: how the gate reads a line and what it decides, for people (or --json).

import { evaluate } from '../../engine/evaluate';
import type { Decision } from '../../engine/model/decision';
import type { Verb } from '../verb';
import { readBoundedFile, withMachineFacts } from '../engine/engineInput';
import { renderDecision } from './evaluate';

const VERDICT_WORDS: Readonly<Record<Decision['verdict'], string>> = {
  allow: 'ALLOW: runs without asking',
  confirm: 'CONFIRM: blocked until a human types the target',
  deny: 'DENY: refused; it cannot be confirmed from the dialog',
};

export function explainText(command: string, d: Decision): string {
  const out: string[] = [`command: ${command}`, `verdict: ${VERDICT_WORDS[d.verdict]}`];
  if (d.target !== undefined) out.push(`type to confirm: ${d.target}`);
  if (d.environment) out.push(`environment: ${d.environment.name.toUpperCase()}${d.environment.name === 'unknown' ? ' (treat as production)' : ''}`, ...d.environment.evidence.map((e) => `  - ${e}`));
  if (d.findings.length > 0) {
    out.push('rules:');
    for (const f of d.findings) {
      out.push(`  ${f.rule} [${f.verdict}, ${f.severity}] on \`${f.command}\``, `    ${f.reason}`, `    target: ${f.target}; environment: ${f.environment.name}`);
      if (f.safer) out.push(`    safer: ${f.safer}`);
    }
  }
  if (d.unverifiable.length > 0) {
    out.push('could not be read:');
    for (const u of d.unverifiable) out.push(`  ${u.part}: ${u.reason}`);
  }
  out.push('how it was read:', ...d.trace.map((t) => `  ${t}`));
  return out.join('\n') + '\n';
}

export const explainVerb: Verb = {
  name: 'explain',
  summary: 'explain how a command is read and decided: explain [--json] [--cwd DIR] "<command>"',
  async run(args: string[]): Promise<number> {
    let json = false;
    let cwd = process.cwd();
    const words: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      if (a === '--json') json = true;
      else if (a === '--cwd') {
        const next = args[++i];
        if (next === undefined || !next.startsWith('/')) {
          process.stderr.write('cli.js explain: --cwd needs an absolute folder\n');
          return 1;
        }
        cwd = next;
      } else words.push(a);
    }
    if (words.length === 0) {
      process.stderr.write('usage: cli.js explain [--json] [--cwd DIR] "<command>"\n');
      return 1;
    }
    const command = words.join(' ');
    const t0 = process.hrtime.bigint();
    const d = evaluate(withMachineFacts({ command, cwd, env: { ...process.env }, readFile: readBoundedFile }));
    const micros = Number(process.hrtime.bigint() - t0) / 1000;
    process.stdout.write(json ? JSON.stringify({ ...renderDecision(d, Math.round(micros)), trace: d.trace }, null, 2) + '\n' : explainText(command, d));
    return 0;
  },
};
