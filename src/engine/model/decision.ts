// The engine's answer, as data. The dialog, the audit log, hook replies and `explain`
// all render this one object; nothing downstream re-derives it from text.

export type Verdict = 'allow' | 'confirm' | 'deny';
export type GateVerdict = Exclude<Verdict, 'allow'>;
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type EnvironmentName = 'production' | 'staging' | 'development' | 'unknown';

export interface Environment {
  name: EnvironmentName;
  /** Human-readable provenance, e.g. "from --environment production", "no evidence found". */
  evidence: string[];
}

export type RuleSource = 'built-in' | 'user';

export interface Finding {
  /** Stable id `pack/rule-name`. */
  rule: string;
  severity: Severity;
  verdict: GateVerdict;
  /** One line a user understands. */
  reason: string;
  /** What the human must type. */
  target: string;
  environment: Environment;
  /** A safer way to do the same thing, where there is one. */
  safer?: string;
  source: RuleSource;
  /** The simple command (or tool call) that fired, as read. */
  command: string;
  /** Consent flags the caller pre-supplied (`--yes`, `-auto-approve`); they never lower the verdict. */
  preAnswered?: string[];
}

export interface Unverifiable {
  part: string;
  reason: string;
}

export interface Decision {
  verdict: Verdict;
  findings: Finding[];
  /** What the confirmation dialog asks the user to type (the strictest finding's target). */
  target?: string;
  environment?: Environment;
  unverifiable: Unverifiable[];
  /** How the input was read, step by step, for `explain` and the audit log. */
  trace: string[];
}

export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { allow: 0, confirm: 1, deny: 2 };

export const ENVIRONMENT_RANK: Readonly<Record<EnvironmentName, number>> = {
  development: 0,
  staging: 1,
  unknown: 2,
  production: 3,
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };
