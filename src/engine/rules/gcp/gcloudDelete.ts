// The policy's GCP catch-all: `gcloud [alpha|beta] <group...> delete|destroy|remove NAME` for anything
// holding data or infrastructure (projects, sql instances, compute instances and disks, buckets,
// clusters, registries, functions...). Groups the default policy leaves out (DNS, secrets, logging,
// messaging, API gateways) and local configuration are allowed; single-object deletes are targeted.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue, parseArgs, type ParsedArgs } from '../args';
import type { EnvHint, Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { findDeletingVerb, nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = [
  '--project', '--account', '--configuration', '--impersonate-service-account', '--verbosity', '--format',
  '--billing-project', '--trace-token', '--flags-file', '--zone', '--region', '--location', '--key', '--keyring',
  '--organization', '--instance', '--database', '--cluster', '--repository', '--filter', '--keep-disks',
  '--delete-disks', '--config-file', '--folder', '--service', '--namespace',
];

const RELEASE_TRACKS = new Set(['alpha', 'beta', 'preview']);
const OUTSIDE_GROUPS = new Set(['apigee', 'secrets', 'dns', 'logging', 'pubsub', 'monitoring', 'tasks', 'scheduler', 'endpoints', 'api-gateway', 'config', 'auth', 'components', 'topic', 'emulators']);
const CONFIGURATION_NOUNS = new Set(['labels', 'tags', 'policy-bindings', 'iam-policy-binding', 'access-levels', 'ssl-policies', 'firewall-rules', 'routes', 'ssh-keys']);

export function readGcloud(cmd: SimpleCommand): ParsedArgs {
  return parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
}

export function gcloudHints(parsed: ParsedArgs): EnvHint[] {
  return [...optionHints(parsed, 'context', '--project', '--configuration'), ...optionHints(parsed, 'context', '--impersonate-service-account')];
}

function displayName(name: string): string {
  return name.replace(/^gs:\/\//i, '').replace(/\/+$/, '');
}

export const gcloudDelete: Rule = {
  id: 'gcp/resource-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'this gcloud command permanently deletes a resource that holds data or infrastructure',
  safer: 'snapshot or export the data first; gcloud asks for confirmation unless --quiet is given',
  tool: 'gcp',
  commands: ['gcloud'],
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = readGcloud(cmd);
    const words = parsed.positionals.filter((w, i) => !(i === 0 && RELEASE_TRACKS.has(w)));
    const found = findDeletingVerb(words, 5);
    if (found === undefined || found.path.length === 0) return undefined;
    const group = found.path[0] as string;
    if (OUTSIDE_GROUPS.has(group) || found.path.some((p) => CONFIGURATION_NOUNS.has(p))) return undefined;
    const isStorage = group === 'storage';
    if (isStorage) {
      const noun = found.path[1];
      // storage rm / objects delete of named objects is a targeted delete; -r empties a prefix.
      const recursive = hasOption(parsed, '-r', '-R', '--recursive') || found.rest.some((r) => r.endsWith('/**') || /^gs:\/\/[^/]+\/?$/i.test(r));
      if ((noun === undefined || noun === 'objects') && !recursive) return undefined;
    }
    const noun = found.path[found.path.length - 1] as string;
    let names = found.rest;
    if (group === 'kms' && noun === 'versions') {
      const key = optionValue(parsed, '--key');
      names = names.map((v) => (key !== undefined ? `${key} version ${v}` : v));
    }
    const display = names.map(displayName);
    const target = nameOrCount(display, noun.endsWith('s') ? noun : `${noun}s`) ?? (optionValue(parsed, '--project') ?? noun);
    const preAnswered = consentGiven(parsed, ['--quiet', '-q']);
    return {
      target,
      reason: `gcloud ${found.path.join(' ')} ${found.verb} permanently deletes ${display.length > 1 ? 'these resources' : 'the resource'}${isStorage ? ' and the objects in it' : ''}`,
      hints: [...gcloudHints(parsed), ...(display.length === 1 ? resourceHint(display[0], noun) : [])],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
