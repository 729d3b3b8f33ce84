// A rule is a small module: a stable id, a reason a user understands, and a matcher over
// parsed structure (never raw text). Rules are keyed by the command basenames they read,
// so a line pays only for the rules of the commands it contains.

import type { SimpleCommand } from '../model/command';
import type { GateVerdict, Severity } from '../model/decision';
import type { EngineInput } from '../model/input';

/** Which tool's evidence binds this action (see the policy: evidence binds only the tool it belongs to). */
export type ToolBinding =
  | 'filesystem'
  | 'disk'
  | 'git'
  | 'sql'
  | 'framework'
  | 'railway'
  | 'fly'
  | 'heroku'
  | 'platform'
  | 'aws'
  | 'gcp'
  | 'azure'
  | 'kubernetes'
  | 'iac'
  | 'containers'
  | 'http'
  | 'mcp'
  | 'shell'
  /** Shell text run by program code (an interpreter one-liner, an MCP tool): evidence comes only from the hints. */
  | 'embedded';

export type EnvHintKind = 'flag' | 'variable' | 'host' | 'fact' | 'resource' | 'context' | 'path';

/** One piece of evidence about where an action lands, before normalisation. */
export interface EnvHint {
  kind: EnvHintKind;
  /** The raw value to normalise or map: `production`, `prod-eu`, `db.prod.internal`, `vol_123`. */
  value: string;
  /** How the dialog says it: `from --environment production`. */
  label: string;
}

export interface Hit {
  /** Defaults to the rule's verdict. */
  verdict?: GateVerdict;
  /** What the human must type. */
  target: string;
  /** Overrides the rule's reason where the specifics matter. */
  reason?: string;
  hints?: EnvHint[];
  /** Consent flags pre-supplied on the line (`--yes`, `-auto-approve`). */
  preAnswered?: string[];
}

export interface RuleContext {
  readonly input: EngineInput;
  /** `$HOME` for this evaluation (from input.env, else the caller's). */
  readonly home: string;
  readonly cwd: string;
  /** Reads nested shell text (an interpreter's `os.system("...")`, an MCP tool's command argument) as the gate would. */
  readonly nested: (shellText: string) => NestedResult;
}

export interface NestedResult {
  hits: { rule: Rule; hit: Hit; command: SimpleCommand }[];
  unverifiable: { part: string; reason: string }[];
}

export interface Rule {
  /** `pack/rule-name`. */
  readonly id: string;
  readonly severity: Severity;
  readonly verdict: GateVerdict;
  readonly reason: string;
  readonly safer?: string;
  readonly tool: ToolBinding;
  /** Command basenames this rule reads; `*` reads every command. */
  readonly commands: readonly string[];
  /**
   * Words one of which is among the command's arguments whenever the rule matches (its
   * subcommands, e.g. `push`; compared case-insensitively, also as the parts of a word split at
   * `=`, `.`, `:`, `/`, `,`). Lets the terminal's in-shell prefilter pass `git status` without
   * starting a process; a test proves it over the rule tables and corpora. Omit when unsure.
   */
  readonly argWords?: readonly string[];
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | readonly Hit[] | undefined;
}

/** An MCP (or other structured) tool call, normalised across agents. */
export interface ToolCall {
  /** MCP server name as the agent names it (`railway`, `postgres`), or '' when unknown. */
  server: string;
  /** Tool name without the agent's prefix (`remove_volume`, not `mcp__railway__remove_volume`). */
  tool: string;
  args: Readonly<Record<string, unknown>>;
}

export interface ToolRule {
  readonly id: string;
  readonly severity: Severity;
  readonly verdict: GateVerdict;
  readonly reason: string;
  readonly safer?: string;
  readonly tool: ToolBinding;
  matchTool(call: ToolCall, ctx: RuleContext): Hit | readonly Hit[] | undefined;
}
