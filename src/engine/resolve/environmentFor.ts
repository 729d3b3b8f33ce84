// The environment of one rule hit on one command: the rule's tool binding, the hit's own hints, the
// command's assignments and remote host, the line's environment, facts and the user's mapping.

import type { SimpleCommand } from '../model/command';
import type { Environment } from '../model/decision';
import { DEFAULT_POLICY } from '../model/policy';
import type { Hit, RuleContext, ToolBinding } from '../rules/rule';
import { resolveEnvironment } from './environment';

export function environmentFor(tool: ToolBinding, hit: Hit, cmd: SimpleCommand, ctx: RuleContext): Environment {
  return resolveEnvironment({
    tool,
    hints: hit.hints ?? [],
    assigns: cmd.assigns,
    env: ctx.input.env,
    facts: ctx.input.facts,
    mappings: (ctx.input.policy ?? DEFAULT_POLICY).environments,
    remoteHost: cmd.remoteHost,
    remoteKind: cmd.remoteKind,
    cwd: ctx.cwd,
  });
}
