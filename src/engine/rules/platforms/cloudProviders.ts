// Cloud providers beyond AWS, GCP and Azure (DigitalOcean, Hetzner, Linode, OpenStack, Exoscale,
// Scaleway, Oracle, IBM) and eksctl: the same catch-all, with each CLI's vocabulary.

import { hasOption } from '../args';
import type { Rule } from '../rule';
import { platformDeleteRule } from './platformDeleteRule';

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

export const doctlDelete: Rule = platformDeleteRule({
  id: 'platforms/digitalocean-delete',
  commands: ['doctl'],
  reason: 'deletes the DigitalOcean resource and its data',
  valued: ['-t', '--access-token', '--context', '-o', '--output', '--format', '-c', '--config', '-u', '--api-url'],
  // doctl abbreviates `delete` to `d`, which is also `databases` first and `droplet` after `compute`.
  extraVerbs: set('d', 'del'),
  verbAt: (words, i) => i >= 1 && !(i === 1 && words[0] === 'compute'),
  configuration: set('fw', 'firewall', 'firewalls', 'auth', 'ssh-key', 'sshkey', 'domain', 'domains', 'records', 'certificate', 'cdn', 'tag', 'tags', 'monitoring', 'alert', 'alerts', 'sql-mode', 'sm', 'mw', 'maintenance-window', 'invoice', 'project-resources'),
  contextFlags: ['--context'],
  consent: ['-f', '--force'],
});

export const hcloudDelete: Rule = platformDeleteRule({
  id: 'platforms/hetzner-delete',
  commands: ['hcloud'],
  reason: 'deletes the Hetzner Cloud server, volume, image or network',
  valued: ['--context', '--config', '-o', '--output', '--selector', '-l'],
  data: set('server', 'volume', 'image', 'network', 'primary-ip', 'floating-ip', 'storage-box'),
  contextFlags: ['--context'],
});

export const linodeDelete: Rule = platformDeleteRule({
  id: 'platforms/linode-delete',
  commands: ['linode-cli', 'linode'],
  reason: 'deletes the Linode instance, volume, cluster, bucket or database and its data',
  valued: ['--as-user', '--format', '--label', '--region', '--cluster'],
  verbSuffixes: true,
  configuration: set('domains', 'records', 'sshkeys', 'profile', 'tags', 'account', 'users', 'firewalls', 'firewall', 'tickets', 'events', 'keys', 'domain'),
  contextFlags: ['--as-user'],
});

export const openstackDelete: Rule = platformDeleteRule({
  id: 'platforms/openstack-delete',
  commands: ['openstack'],
  reason: 'deletes the OpenStack server, volume, image or network',
  valued: ['--os-cloud', '--os-project-name', '--os-region-name', '--os-auth-url', '--os-username', '-f', '--format', '-c', '--column'],
  configuration: set('flavor', 'keypair', 'security', 'role', 'user', 'endpoint', 'service', 'domain', 'quota', 'object', 'token', 'credential', 'policy', 'aggregate'),
  contextFlags: ['--os-cloud', '--os-project-name'],
});

export const exoscaleDelete: Rule = platformDeleteRule({
  id: 'platforms/exoscale-delete',
  commands: ['exo'],
  reason: 'deletes the Exoscale instance, cluster, volume, bucket or database',
  valued: ['-A', '--use-account', '-z', '--zone', '-O', '--output-format', '-C', '--config'],
  depth: 5,
  configuration: set('dns', 'iam', 'security-group', 'ssh-key', 'anti-affinity-group', 'config', 'api'),
  accept: (found, parsed) => found.path[0] !== 'storage' || found.verb === 'rb' || hasOption(parsed, '-r', '--recursive'),
  contextFlags: ['-A', '--use-account'],
  consent: ['-f', '--force'],
});

export const scalewayDelete: Rule = platformDeleteRule({
  id: 'platforms/scaleway-delete',
  commands: ['scw'],
  reason: 'deletes the Scaleway resource and its data',
  valued: ['-p', '--profile', '-c', '--config', '-o', '--output'],
  depth: 5,
  configuration: set('iam', 'dns', 'secret', 'account', 'config', 'marketplace', 'security-group', 'ssh-key', 'autocomplete', 'feedback', 'info'),
  contextFlags: ['-p', '--profile'],
});

export const ociDelete: Rule = platformDeleteRule({
  id: 'platforms/oracle-cloud-delete',
  commands: ['oci'],
  reason: 'deletes or terminates the Oracle Cloud resource and its data',
  valued: ['--profile', '--config-file', '--region', '--auth', '-c', '--compartment-id', '--output', '--query'],
  depth: 5,
  configuration: set('iam', 'dns', 'vault', 'kms', 'logging', 'monitoring', 'ons', 'streaming', 'events', 'setup', 'session'),
  contextFlags: ['--profile'],
  consent: ['--force'],
});

export const ibmcloudDelete: Rule = platformDeleteRule({
  id: 'platforms/ibm-cloud-delete',
  commands: ['ibmcloud', 'ic'],
  reason: 'deletes the IBM Cloud resource and its data',
  valued: ['-r', '-g', '-c', '--output'],
  depth: 5,
  verbSuffixes: true,
  configuration: set('iam', 'account', 'config', 'plugin', 'api', 'target', 'dns', 'cr-namespace', 'service-api-key', 'api-key'),
  contextFlags: ['-g'],
  consent: ['-f', '--force'],
});

export const eksctlDelete: Rule = platformDeleteRule({
  id: 'platforms/eksctl-delete',
  tool: 'aws',
  commands: ['eksctl'],
  reason: 'deletes the EKS cluster or node group with its workloads',
  valued: ['--name', '-n', '--cluster', '--region', '-r', '--profile', '-p', '-f', '--config-file'],
  verbFirst: true,
  data: set('cluster', 'clusters', 'nodegroup', 'nodegroups', 'ng', 'fargateprofile'),
  targetOptions: ['--name', '-n', '--cluster'],
  contextFlags: ['--profile', '-p'],
});

export const cloudProviderRules: readonly Rule[] = [doctlDelete, hcloudDelete, linodeDelete, openstackDelete, exoscaleDelete, scalewayDelete, ociDelete, ibmcloudDelete, eksctlDelete];
