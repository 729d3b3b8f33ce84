// The user's own rules and allow patterns (already validated by the settings layer).

import type { SimpleCommand } from '../model/command';
import type { Finding } from '../model/decision';
import type { LineMatcher, Policy, UserRule } from '../model/policy';
import type { RuleContext } from '../rules/rule';
import { globMatch } from '../resolve/glob';
import { resolveEnvironment } from '../resolve/environment';

const regexCache = new Map<string, RegExp | null>();

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
    regexCache.set(key, re);
  }
  // Lines are bounded before user regexes run; patterns were checked for catastrophic backtracking in settings.
  return re !== null && re.test(line.length > 10_000 ? line.slice(0, 10_000) : line);
}

export function lineIsAllowed(line: string, policy: Policy): boolean {
  return policy.allow.some((m) => lineMatches(m, line));
}

export function userRuleFindings(line: string, commands: readonly SimpleCommand[], policy: Policy, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of policy.rules) {
    if (rule.verdict === 'allow' || policy.disabledRules.has(rule.id)) continue;
    const cmd = rule.match.command ? (lineMatches(rule.match.command, line) ? commands[0] : undefined) : undefined;
    if (!cmd && !rule.match.command) continue;
    if (!cmd) continue;
    out.push(userFinding(rule, line, cmd, ctx, policy));
  }
  return out;
}

function userFinding(rule: UserRule, line: string, cmd: SimpleCommand, ctx: RuleContext, policy: Policy): Finding {
  const verdict = rule.verdict === 'deny' ? 'deny' : 'confirm';
  return {
    rule: rule.id,
    severity: rule.severity,
    verdict,
    reason: rule.reason,
    target: rule.targetHint ?? (cmd.args.at(-1)?.value || cmd.name || line.trim().split(/\s+/)[0] || 'confirm'),
    environment: resolveEnvironment({ tool: 'shell', hints: [], assigns: cmd.assigns, env: ctx.input.env, facts: ctx.input.facts, mappings: policy.environments, remoteHost: cmd.remoteHost, cwd: ctx.cwd }),
    source: 'user',
    command: cmd.text,
  };
}
