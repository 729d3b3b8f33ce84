// helm uninstall removes every resource of a release (its PVCs with StatefulSet templates aside,
// which makes the loss partial and hard to see). --dry-run deletes nothing.

import type { SimpleCommand } from '../../model/command';
import { parseArgs } from '../args';
import type { Hit, Rule } from '../rule';
import { nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';
import { namesArePiped, pipedTarget, withoutPlaceholders } from '../platforms/pipedNames';

const HELM_VALUED = [
  '--kube-context', '--kubeconfig', '-n', '--namespace', '--kube-apiserver', '--kube-as-user', '--kube-as-group',
  '--kube-token', '--kube-ca-file', '--registry-config', '--repository-cache', '--repository-config',
  '--burst-limit', '--qps', '--timeout', '--description', '--cascade',
];

function helmDryRun(cmd: SimpleCommand): boolean {
  let dry = false;
  for (const word of cmd.args) {
    const w = word.value;
    if (w === '--') break;
    if (w === '--dry-run') dry = true;
    else if (w.startsWith('--dry-run=')) {
      const v = w.slice('--dry-run='.length).toLowerCase();
      dry = !word.dynamic && v !== 'false' && v !== 'none';
    }
  }
  return dry;
}

export const helmUninstall: Rule = {
  id: 'kubernetes/helm-uninstall',
  severity: 'high',
  verdict: 'confirm',
  reason: 'helm uninstall deletes every Kubernetes resource of the release',
  safer: 'helm uninstall --dry-run to see what goes, or --keep-history to allow a rollback',
  tool: 'kubernetes',
  commands: ['helm'],
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: HELM_VALUED });
    const verb = parsed.positionals[0];
    if (verb !== 'uninstall' && verb !== 'delete' && verb !== 'del' && verb !== 'un') return undefined;
    if (helmDryRun(cmd)) return undefined;
    const releases = withoutPlaceholders(cmd, parsed.positionals.slice(1));
    const target = nameOrCount(releases, 'releases') ?? (namesArePiped(cmd) ? pipedTarget('releases') : undefined);
    if (target === undefined) return undefined;
    return {
      target,
      hints: [
        ...optionHints(parsed, 'context', '--kube-context'),
        ...optionHints(parsed, 'path', '--kubeconfig'),
        ...optionHints(parsed, 'context', '-n', '--namespace'),
        ...(releases.length === 1 ? resourceHint(releases[0], 'release') : []),
      ],
    };
  },
};
