// The policy's Azure catch-all: `az <group...> delete` (and delete-batch) of resource groups,
// databases, storage, VMs, clusters, registries, apps, identities... Groups the default policy
// leaves out (Key Vault, DNS, monitoring, API Management, DevOps) and configuration deletes
// (locks, tags, app settings, rules) are allowed, as is deleting one named blob, file or entity.

import type { SimpleCommand } from '../../model/command';
import { optionValue, parseArgs, type ParsedArgs } from '../args';
import type { EnvHint, Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = [
  '--subscription', '-o', '--output', '--query', '-n', '--name', '-g', '--resource-group', '--ids', '--id',
  '--account-name', '--account-key', '--database-name', '--vault-name', '-c', '--container-name', '--container',
  '-s', '--source', '--pattern', '--assignee', '--role', '--scope', '--image', '--repository', '-l', '--location',
  '--server', '--workspace-name', '--commitment-plan-name', '-t', '--table-name', '--share-name', '--path',
  '--partition-key', '--row-key', '--org', '--organization', '-p', '--project', '--registry', '--cluster-name',
  '--connection-string', '--sas-token', '--auth-mode', '--timeout', '--namespace-name', '--plan', '--slot',
];

const OUTSIDE_GROUPS = new Set(['keyvault', 'monitor', 'apim', 'pipelines', 'repos', 'boards', 'devops', 'artifacts', 'lock', 'tag', 'policy', 'config', 'extension', 'cache', 'cloud', 'account', 'feature', 'provider']);
const CONFIGURATION_NOUNS = new Set(['dns', 'appsettings', 'config', 'connection-string', 'lock', 'tag', 'rule', 'rules', 'ip-config', 'extension', 'identity', 'cors', 'setting', 'settings', 'local-user', 'ssh', 'alias']);
/** Deleting one named item is a targeted delete (like `rm file`). */
const SINGLE_ITEMS = new Set(['blob', 'entity', 'file', 'message', 'metadata']);

export function readAz(cmd: SimpleCommand): ParsedArgs {
  return parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
}

export function azHints(parsed: ParsedArgs): EnvHint[] {
  return [...optionHints(parsed, 'context', '--subscription'), ...optionHints(parsed, 'context', '-g', '--resource-group')];
}

export const azResourceDelete: Rule = {
  id: 'azure/resource-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'this az command permanently deletes an Azure resource and the data it holds',
  safer: 'put a CanNotDelete lock on production resource groups, and export or snapshot data first',
  tool: 'azure',
  commands: ['az'],
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = readAz(cmd);
    const words = parsed.positionals;
    const at = words.findIndex((w, i) => i < 6 && (w === 'delete' || w === 'delete-batch'));
    if (at <= 0) return undefined;
    const path = words.slice(0, at);
    const verb = words[at] as string;
    const group = path[0] as string;
    if (OUTSIDE_GROUPS.has(group) || path.some((p) => CONFIGURATION_NOUNS.has(p))) return undefined;
    const noun = path[path.length - 1] as string;
    if (verb === 'delete' && SINGLE_ITEMS.has(noun)) return undefined;

    const ids = parsed.all.get('--ids');
    let target: string | undefined;
    if (verb === 'delete-batch') target = optionValue(parsed, '-s', '--source');
    else if (ids !== undefined) target = nameOrCount([...ids, ...words.slice(at + 1)], `${noun}s`);
    else if (group === 'acr' && noun === 'repository') target = optionValue(parsed, '--image', '--repository') ?? optionValue(parsed, '-n', '--name');
    else if (group === 'role') target = optionValue(parsed, '--assignee', '--role');
    else target = optionValue(parsed, '-n', '--name', '--container-name', '--id', '--table-name', '--share-name', '--cluster-name');
    if (target === undefined && group === 'group') target = optionValue(parsed, '-g', '--resource-group');
    target ??= optionValue(parsed, '-g', '--resource-group') ?? noun;

    const preAnswered = consentGiven(parsed, ['-y', '--yes', '--force-deletion-types']);
    return {
      target,
      reason: group === 'group'
        ? 'az group delete deletes the resource group and every resource in it'
        : `az ${path.join(' ')} ${verb} permanently deletes the ${verb === 'delete-batch' ? 'matching items' : noun}`,
      hints: [...azHints(parsed), ...resourceHint(target, noun)],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
