// The user's own rules and allow patterns (already validated by the settings layer): a command glob or
// regex, a SQL verb/object wherever SQL appears, a GraphQL mutation field glob, an MCP tool glob.

import type { SimpleCommand } from '../model/command';
import type { Finding } from '../model/decision';
import type { LineMatcher, Policy, UserRule } from '../model/policy';
import type { RuleContext, ToolCall } from '../rules/rule';
import { globMatch } from '../resolve/glob';
import { resolveEnvironment } from '../resolve/environment';
import { sqlOfCommand } from '../rules/databases/sqlOfCommand';
import { readSql } from '../parse/sql/readSql';
import { readRequest } from '../rules/http/requestReading';
import { fieldTarget } from '../rules/http/fieldTarget';

const regexCache = new Map<string, RegExp | null>();

/** Lines are bounded before user regexes run; patterns were checked for catastrophic backtracking in settings. */
const MAX_REGEX_INPUT = 10_000;

export function lineMatches(m: LineMatcher, line: string): boolean {
  if (m.kind === 'glob') return globMatch(m.pattern, line.trim());
  const key = `${m.flags ?? ''}/${m.pattern}`;
  let re = regexCache.get(key);
  if (re === undefined) {
    try {
      re = new RegExp(m.pattern, (m.flags ?? '').replace(/[gy]/g, ''));
    } catch {
      re = null;
    }
    if (regexCache.size > 500) regexCache.clear();
    regexCache.set(key, re);
  }
  return re !== null && re.test(line.length > MAX_REGEX_INPUT ? line.slice(0, MAX_REGEX_INPUT) : line);
}

export function lineIsAllowed(line: string, policy: Policy): boolean {
  return policy.allow.some((m) => lineMatches(m, line));
}

interface Match {
  target: string;
  cmd: SimpleCommand;
}

function sqlMatch(rule: UserRule, commands: readonly SimpleCommand[], ctx: RuleContext): Match | undefined {
  const want = rule.match.sql;
  if (!want) return undefined;
  for (const cmd of commands) {
    const sql = sqlOfCommand(cmd, ctx);
    if (!sql) continue;
    for (const t of sql.texts) {
      for (const st of readSql(t.text, { dialect: t.dialect }).statements) {
        if (st.verb !== want.verb.toUpperCase()) continue;
        if (want.object !== undefined && st.object !== want.object.toUpperCase()) continue;
        return { target: st.names[0] ?? st.verb, cmd };
      }
    }
  }
  return undefined;
}

function graphqlMatch(rule: UserRule, commands: readonly SimpleCommand[], ctx: RuleContext): Match | undefined {
  const glob = rule.match.graphqlField;
  if (!glob) return undefined;
  for (const cmd of commands) {
    const reading = readRequest(cmd, ctx);
    for (const p of reading?.graphql ?? []) {
      if (!p.reading?.ok) continue;
      for (const op of p.reading.operations) {
        if (op.kind !== 'mutation') continue;
        const field = op.fields.find((f) => globMatch(glob, f.name));
        if (field) return { target: fieldTarget(field).target || field.name, cmd };
      }
    }
  }
  return undefined;
}

/** A tool call shown where a command would be (findings, the dialog): `server.tool`. */
export function toolCallAsCommand(call: ToolCall): SimpleCommand {
  return {
    name: call.tool,
    word: { value: call.tool, raw: call.tool, dynamic: false, glob: false, quoted: false },
    args: [],
    assigns: {},
    redirects: [],
    via: call.server ? [`mcp ${call.server}`] : ['mcp'],
    text: `${call.server ? `${call.server}.` : ''}${call.tool}`,
    depth: 0,
  };
}

export function userRuleFindings(line: string | undefined, commands: readonly SimpleCommand[], toolCall: ToolCall | undefined, policy: Policy, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of policy.rules) {
    if (rule.verdict === 'allow' || policy.disabledRules.has(rule.id)) continue;
    let m: Match | undefined;
    if (rule.match.command && line !== undefined && lineMatches(rule.match.command, line)) {
      const cmd = commands[0];
      if (cmd) m = { target: cmd.args.at(-1)?.value || cmd.name || 'command', cmd };
    }
    m ??= sqlMatch(rule, commands, ctx) ?? graphqlMatch(rule, commands, ctx);
    if (!m && rule.match.mcpTool && toolCall) {
      const full = toolCall.server ? `${toolCall.server}.${toolCall.tool}` : toolCall.tool;
      if (globMatch(rule.match.mcpTool, full) || globMatch(rule.match.mcpTool, toolCall.tool)) m = { target: toolCall.tool, cmd: toolCallAsCommand(toolCall) };
    }
    if (m) out.push(userFinding(rule, m, ctx, policy));
  }
  return out;
}

function userFinding(rule: UserRule, m: Match, ctx: RuleContext, policy: Policy): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    verdict: rule.verdict === 'deny' ? 'deny' : 'confirm',
    reason: rule.reason,
    target: rule.targetHint ?? m.target,
    environment: resolveEnvironment({ tool: 'shell', hints: [], assigns: m.cmd.assigns, env: ctx.input.env, facts: ctx.input.facts, mappings: policy.environments, remoteHost: m.cmd.remoteHost, cwd: ctx.cwd }),
    source: 'user',
    command: m.cmd.text,
  };
}
