// The user's settings, already validated and compiled into plain data.
// `src/extension` (settings) and `src/cli` build this; the engine only reads it.

import type { EnvironmentName, GateVerdict, Severity, Verdict } from './decision';

/** A compiled command matcher: a glob over the whole line or a (safety-checked) regex. */
export type LineMatcher = { kind: 'glob'; pattern: string } | { kind: 'regex'; pattern: string; flags?: string };

export interface UserRule {
  /** `user/<name>`; shown in the dialog like a built-in rule id. */
  id: string;
  verdict: Verdict;
  severity: Severity;
  reason: string;
  /** Text shown as the target hint; the typed target is still derived from the command when possible. */
  targetHint?: string;
  match: {
    command?: LineMatcher;
    /** SQL verb and optional object kind, e.g. `{ verb: 'DELETE' }`, `{ verb: 'DROP', object: 'TABLE' }`. */
    sql?: { verb: string; object?: string };
    /** Glob over GraphQL mutation root field names, e.g. `*Delete`. */
    graphqlField?: string;
    /** Glob over MCP tool names, e.g. `railway*remove_*`. */
    mcpTool?: string;
  };
}

export interface EnvironmentMapping {
  environment: Exclude<EnvironmentName, 'unknown'>;
  /** Host globs: `*.prod.internal`, `db-eu-1.example.com`. */
  hosts: string[];
  /** Kube contexts, AWS profiles, gcloud projects, terraform workspaces, Railway environments, folders. */
  contexts: string[];
  /** Resource-id globs: Railway volume ids, app names, bucket names. */
  resources: string[];
}

export interface Policy {
  enabled: boolean;
  disabledRules: ReadonlySet<string>;
  /** Lines matching any of these skip the gate entirely. */
  allow: readonly LineMatcher[];
  rules: readonly UserRule[];
  /** Per-rule verdict overrides, e.g. turn a deny rule into confirm. */
  verdictOverrides: Readonly<Record<string, GateVerdict>>;
  environments: readonly EnvironmentMapping[];
  protectedBranches: readonly string[];
  /** Extra disposable path globs, relative to the workspace or absolute. */
  disposablePaths: readonly string[];
}

export const DEFAULT_PROTECTED_BRANCHES: readonly string[] = ['main', 'master', 'trunk', 'release/*', 'production', 'prod'];

export const DEFAULT_POLICY: Policy = {
  enabled: true,
  disabledRules: new Set(),
  allow: [],
  rules: [],
  verdictOverrides: {},
  environments: [],
  protectedBranches: DEFAULT_PROTECTED_BRANCHES,
  disposablePaths: [],
};
