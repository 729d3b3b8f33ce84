// kubectl delete: every kind holds data or infrastructure except a pod deleted by name, which its
// controller recreates. Selectors, --all, -A and manifests (-f/-k) delete what the text cannot show.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue } from '../args';
import type { RuleContext, Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { nameOrCount } from '../platforms/deletingVerb';
import { resourceHint } from '../platforms/evidence';
import { namesArePiped, pipedTarget, withoutPlaceholders } from '../platforms/pipedNames';
import { canonicalKind, pluralKind } from './kinds';
import { KUBECTL_COMMANDS, kubectlDryRun, kubectlHints, parseKubectl } from './kubectlOptions';

export const kubectlDelete: Rule = {
  id: 'kubernetes/delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'kubectl delete removes cluster resources and, for namespaces, volumes and claims, the data they hold',
  safer: 'Run it with --dry-run=client first, or scale to zero instead of deleting',
  tool: 'kubernetes',
  commands: KUBECTL_COMMANDS,
  argWords: ['delete'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseKubectl(cmd);
    if (parsed.positionals[0] !== 'delete') return undefined;
    if (kubectlDryRun(cmd) === 'dry') return undefined;
    const hints = kubectlHints(parsed, ctx);
    const preAnswered = consentGiven(parsed, ['--force', '--now']);
    const withConsent = (hit: Hit): Hit => (preAnswered.length > 0 ? { ...hit, preAnswered } : hit);

    const files = [...(parsed.all.get('-f') ?? []), ...(parsed.all.get('--filename') ?? [])]
      .flatMap((f) => f.split(','))
      .filter((f) => f.length > 0);
    const kustomize = optionValue(parsed, '-k', '--kustomize');
    if (files.length > 0 || kustomize !== undefined) {
      const sources = kustomize !== undefined ? [kustomize] : files;
      const target = nameOrCount(sources.map((f) => (f === '-' ? 'stdin' : f)), 'manifests') ?? 'manifests';
      return withConsent({
        target,
        reason: 'kubectl delete -f/-k deletes every resource the manifests list, which cannot be read here',
        hints: [...hints, ...resourceHint(kustomize ?? files[0], 'manifest')],
      });
    }

    const words = withoutPlaceholders(cmd, parsed.positionals.slice(1));
    const piped = namesArePiped(cmd);
    // `kubectl get -o name | xargs kubectl delete`: kinds and names both come from the pipe.
    if (words.length === 0) return piped ? withConsent({ target: pipedTarget('resources'), hints }) : undefined;
    const entries: { kind: string; name?: string }[] = [];
    if (words.some((w) => w.includes('/'))) {
      for (const w of words) {
        const slash = w.indexOf('/');
        if (slash > 0) entries.push({ kind: canonicalKind(w.slice(0, slash)), name: w.slice(slash + 1) });
      }
    } else {
      const kinds = (words[0] as string).split(',').map(canonicalKind);
      const names = words.slice(1);
      for (const kind of kinds) {
        if (names.length === 0) entries.push({ kind });
        for (const name of names) entries.push({ kind, name });
      }
    }
    if (entries.length === 0) return undefined;

    const allNamespaces = hasOption(parsed, '-A', '--all-namespaces');
    const all = hasOption(parsed, '--all');
    const selector = optionValue(parsed, '-l', '--selector') ?? optionValue(parsed, '--field-selector');
    const namespace = optionValue(parsed, '-n', '--namespace');
    const kinds = [...new Set(entries.map((e) => e.kind))];
    const named = entries.filter((e) => e.name !== undefined);
    const broad = allNamespaces || all || selector !== undefined;

    // A pod deleted by name is recreated by its controller: the policy allows it.
    if (!broad && kinds.length === 1 && kinds[0] === 'pod' && named.length === entries.length) return undefined;
    if (!broad && named.length === 0) {
      // Names from the pipe; pods by name stay allowed as above.
      if (piped && !(kinds.length === 1 && kinds[0] === 'pod')) {
        return withConsent({ target: pipedTarget(kinds.length === 1 ? pluralKind(kinds[0] as string) : 'resources'), hints });
      }
      // Kinds without names and without --all/-l/-A: kubectl refuses and deletes nothing.
      return undefined;
    }

    const kindLabel = kinds.length === 1 ? pluralKind(kinds[0] as string) : 'resources';
    let target: string;
    if (allNamespaces) target = 'all namespaces';
    else if (all && namespace !== undefined) target = namespace;
    else if (all) target = `all ${kindLabel}`;
    else if (selector !== undefined && named.length === 0) target = selector;
    else {
      // The same name under two kinds (`svc,cm web`) is two things to lose.
      const distinct = new Set(named.map((e) => `${e.kind}/${e.name ?? ''}`));
      target = distinct.size > 1 ? `${distinct.size} ${kindLabel}` : (named[0]?.name ?? kindLabel);
    }

    const firstName = named[0]?.name;
    return withConsent({
      target,
      reason: `kubectl delete ${kinds.join(',')} removes ${kinds.includes('namespace') ? 'the namespace and everything in it' : 'cluster resources'}${broad ? ' matching a broad selection' : ''}`,
      hints: [...hints, ...(named.length === 1 ? resourceHint(firstName, kinds[0] as string) : [])],
    });
  },
};
