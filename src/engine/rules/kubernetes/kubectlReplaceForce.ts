// kubectl replace --force deletes the listed resources and creates them again: a PVC or a
// namespace in the manifest loses its data in between.

import type { SimpleCommand } from '../../model/command';
import { hasOption } from '../args';
import type { RuleContext, Hit, Rule } from '../rule';
import { nameOrCount } from '../platforms/deletingVerb';
import { KUBECTL_COMMANDS, kubectlDryRun, kubectlHints, parseKubectl } from './kubectlOptions';

export const kubectlReplaceForce: Rule = {
  id: 'kubernetes/replace-force',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'kubectl replace --force deletes and re-creates every resource in the manifest',
  safer: 'kubectl apply the change instead of replacing by force',
  tool: 'kubernetes',
  commands: KUBECTL_COMMANDS,
  argWords: ['replace'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseKubectl(cmd);
    if (parsed.positionals[0] !== 'replace' || !hasOption(parsed, '--force')) return undefined;
    if (kubectlDryRun(cmd) === 'dry') return undefined;
    const files = [...(parsed.all.get('-f') ?? []), ...(parsed.all.get('--filename') ?? [])].flatMap((f) => f.split(','));
    const target = nameOrCount(files.map((f) => (f === '-' ? 'stdin' : f)), 'manifests') ?? 'manifests';
    return { target, hints: kubectlHints(parsed, ctx), preAnswered: ['--force'] };
  },
};
