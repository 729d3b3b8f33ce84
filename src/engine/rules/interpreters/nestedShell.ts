// Shell text run from inside other code (an interpreter's `os.system("...")`, awk's `system()`, an
// MCP tool's command argument) is read as the gate reads a line, and each rule hit it produces is
// reported through the outer rule. The inner rule's environment is resolved here, with the inner
// rule's own tool binding, and handed on as evidence, so `rm -rf build/x` stays local while
// `railway volume delete` keeps the Railway evidence.

import type { EnvironmentName } from '../../model/decision';
import { environmentFor } from '../../resolve/environmentFor';
import type { EnvHint, Hit, RuleContext } from '../rule';

export function hitsFromShellText(text: string, ctx: RuleContext, how: string): Hit[] {
  const nested = ctx.nested(text);
  const hits: Hit[] = [];
  for (const { rule, hit, command } of nested.hits) {
    const env = environmentFor(rule.tool, hit, command, ctx);
    const out: Hit = {
      verdict: hit.verdict ?? rule.verdict,
      target: hit.target,
      reason: `${how} runs \`${command.text}\`: ${hit.reason ?? rule.reason} (${rule.id})`,
      hints: environmentHints(env.name, env.evidence),
    };
    if (hit.preAnswered) out.preAnswered = hit.preAnswered;
    hits.push(out);
  }
  for (const u of nested.unverifiable) {
    hits.push({ target: u.part.trim().split(/\s+/)[0] || 'cannot verify', reason: `cannot verify what ${how} runs: ${u.reason}` });
  }
  return hits;
}

function environmentHints(name: EnvironmentName, evidence: readonly string[]): EnvHint[] {
  if (name === 'unknown') return [];
  return [{ kind: 'context', value: name, label: evidence.join('; ') }];
}
