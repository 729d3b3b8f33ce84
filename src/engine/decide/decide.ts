// Findings → one Decision. The strictest verdict wins across sub-commands; the typed target is the
// strictest finding's, or a count when one line destroys several different things.

import type { Decision, Environment, Finding, Unverifiable } from '../model/decision';
import { ENVIRONMENT_RANK, SEVERITY_RANK, VERDICT_RANK } from '../model/decision';
import type { RuleContext } from '../rules/rule';

export const CANNOT_VERIFY_RULE = 'shell/cannot-verify';

export function unverifiableFinding(u: Unverifiable, _ctx: RuleContext): Finding {
  return {
    rule: CANNOT_VERIFY_RULE,
    severity: 'high',
    verdict: 'confirm',
    reason: `cannot verify what this runs: ${u.reason}`,
    target: cannotVerifyTarget(u.part),
    environment: { name: 'unknown', evidence: ['no evidence found: treat as production'] },
    source: 'built-in',
    command: u.part,
  };
}

/** The unreadable part's first word (`sh`, `$RM`, `eval`): something the human can read in the dialog and type. */
function cannotVerifyTarget(part: string): string {
  const first = part.trim().split(/\s+/)[0] ?? '';
  const clean = first.replace(/^[("'`]+|[)"'`;|&]+$/g, '');
  return clean.length > 0 && clean.length <= 40 ? clean : 'cannot verify';
}

function stricter(a: Finding, b: Finding): boolean {
  const v = VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict];
  if (v !== 0) return v > 0;
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s !== 0) return s > 0;
  return ENVIRONMENT_RANK[a.environment.name] > ENVIRONMENT_RANK[b.environment.name];
}

export function decide(findings: Finding[], unverifiable: Unverifiable[], trace: string[]): Decision {
  if (findings.length === 0) return { verdict: 'allow', findings, unverifiable, trace };
  let top = findings[0] as Finding;
  for (const f of findings) if (stricter(f, top)) top = f;
  const gating = findings.filter((f) => f.verdict === top.verdict);
  const targets = [...new Set(gating.map((f) => f.target))];
  const target = targets.length === 1 ? top.target : `${targets.length} targets`;
  return { verdict: top.verdict, findings, target, environment: worstEnvironment(findings), unverifiable, trace };
}

function worstEnvironment(findings: Finding[]): Environment {
  let worst = (findings[0] as Finding).environment;
  const evidence: string[] = [];
  for (const f of findings) {
    if (ENVIRONMENT_RANK[f.environment.name] > ENVIRONMENT_RANK[worst.name]) worst = f.environment;
    for (const e of f.environment.evidence) if (!evidence.includes(e)) evidence.push(e);
  }
  return { name: worst.name, evidence: worst === (findings[0] as Finding).environment && findings.length === 1 ? [...worst.evidence] : evidence };
}
