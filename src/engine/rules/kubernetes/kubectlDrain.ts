// kubectl drain evicts every pod from a node, emptyDir data included, and cordons it.

import type { SimpleCommand } from '../../model/command';
import type { RuleContext, Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { resourceHint } from '../platforms/evidence';
import { KUBECTL_COMMANDS, kubectlDryRun, kubectlHints, parseKubectl } from './kubectlOptions';

export const kubectlDrain: Rule = {
  id: 'kubernetes/drain',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'kubectl drain evicts every pod on the node and deletes their emptyDir data',
  safer: 'kubectl cordon the node first and move workloads deliberately',
  tool: 'kubernetes',
  commands: KUBECTL_COMMANDS,
  argWords: ['drain'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseKubectl(cmd);
    if (parsed.positionals[0] !== 'drain') return undefined;
    if (kubectlDryRun(cmd) === 'dry') return undefined;
    const node = parsed.positionals[1];
    const target = node ?? parsed.options.get('--selector') ?? parsed.options.get('-l');
    if (target === undefined || target === true) return undefined;
    const preAnswered = consentGiven(parsed, ['--force', '--delete-emptydir-data', '--delete-local-data', '--disable-eviction']);
    return {
      target,
      hints: [...kubectlHints(parsed, ctx), ...resourceHint(node, 'node')],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
