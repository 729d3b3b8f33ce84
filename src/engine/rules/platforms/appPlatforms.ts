// App and database platforms the policy names (Vercel, Netlify, Render, Supabase, Neon, PlanetScale)
// and their close kin (Firebase, Cloudflare's data stores, Turso, Kamal, Modal).

import { hasOption } from '../args';
import type { Rule } from '../rule';
import { platformDeleteRule } from './platformDeleteRule';

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

export const vercelDelete: Rule = platformDeleteRule({
  id: 'platforms/vercel-remove',
  commands: ['vercel', 'vc'],
  reason: 'deletes the Vercel project or deployments',
  valued: ['--scope', '-S', '--token', '-t', '-A', '--local-config', '-Q', '--global-config', '--cwd'],
  rootKind: 'deployment',
  configuration: set('env', 'domains', 'domain', 'dns', 'alias', 'aliases', 'certs', 'secrets', 'integration', 'integrations', 'teams', 'webhooks', 'git', 'target', 'redirects'),
  accept: (found) => found.path[0] !== 'blob' || found.path.includes('store'),
  contextFlags: ['--scope', '-S'],
  consent: ['-y', '--yes', '--safe'],
});

export const netlifyDelete: Rule = platformDeleteRule({
  id: 'platforms/netlify-delete',
  commands: ['netlify', 'ntl'],
  reason: 'deletes the Netlify site with its deploys and forms',
  valued: ['--site', '--auth', '--filter', '--context'],
  colonTopics: true,
  data: set('sites', 'site', 'database', 'db'),
  targetOptions: ['--site'],
  envFlags: ['--context'],
  consent: ['-f', '--force', '-y', '--yes'],
});

export const renderDelete: Rule = platformDeleteRule({
  id: 'platforms/render-delete',
  commands: ['render'],
  reason: 'deletes the Render resource and its data',
  valued: ['-o', '--output', '--confirm'],
  configuration: set('env-vars', 'env-groups', 'custom-domains', 'domains', 'workspace', 'login'),
  consent: ['--confirm', '-y', '--yes'],
});

export const supabaseDelete: Rule = platformDeleteRule({
  id: 'platforms/supabase-delete',
  commands: ['supabase'],
  reason: 'deletes the Supabase project, branch, organisation, function or storage objects',
  valued: ['--project-ref', '--ref', '--id', '--workdir', '--org-id', '-o', '--output', '--profile', '--experimental'],
  // The database's own resets (db reset, migration down) belong to the databases pack.
  data: set('projects', 'branches', 'orgs', 'functions', 'storage', 'buckets'),
  accept: (found, parsed) => !found.path.includes('storage') || hasOption(parsed, '-r', '--recursive'),
  targetOptions: ['--ref', '--id'],
  contextFlags: ['--project-ref'],
  consent: ['--yes', '-y'],
});

export const neonDelete: Rule = platformDeleteRule({
  id: 'platforms/neon-delete',
  commands: ['neonctl', 'neon'],
  reason: 'deletes the Neon project, branch, database, role or compute and its data',
  valued: ['--project-id', '--branch', '--org-id', '--context-file', '--api-key', '-o', '--output', '--config-dir', '--database', '--role'],
  configuration: set('ip-allow', 'set-context', 'auth', 'me', 'connection-string', 'cs', 'vpc'),
  contextFlags: ['--project-id', '--branch'],
});

export const planetscaleDelete: Rule = platformDeleteRule({
  id: 'platforms/planetscale-delete',
  commands: ['pscale'],
  reason: 'deletes the PlanetScale database, branch or backup',
  valued: ['--org', '--service-token', '--service-token-id', '-f', '--format', '--config'],
  configuration: set('password', 'passwords', 'service-token', 'org', 'auth', 'deploy-request', 'dr', 'webhook', 'role', 'shell'),
  pick: 'last',
  contextFlags: ['--org'],
  consent: ['--force', '-f'],
});

export const firebaseDelete: Rule = platformDeleteRule({
  id: 'platforms/firebase-delete',
  commands: ['firebase'],
  reason: 'deletes Firebase data (Firestore documents, Realtime Database paths) or deployed functions',
  valued: ['-P', '--project', '--token', '--database', '--instance', '--region', '--account'],
  colonTopics: true,
  data: set('firestore', 'database', 'functions', 'instances', 'storage', 'hosting', 'apphosting', 'dataconnect'),
  accept: (found, parsed) => !found.path.includes('firestore') || found.path.includes('databases') || hasOption(parsed, '-r', '--recursive', '--all-collections'),
  contextFlags: ['-P', '--project'],
  consent: ['-f', '--force', '-y', '--yes'],
});

export const wranglerDelete: Rule = platformDeleteRule({
  id: 'platforms/cloudflare-data-delete',
  commands: ['wrangler'],
  reason: 'deletes a Cloudflare D1 database, R2 bucket or Vectorize index and its data',
  valued: ['-e', '--env', '-c', '--config', '--cwd', '--name', '--binding', '--namespace-id', '--preview'],
  // Workers, KV keys and namespaces, queues and DNS are outside the default policy.
  data: set('d1', 'bucket', 'vectorize'),
  accept: (found) => found.path[0] !== 'r2' || found.path.includes('bucket'),
  envFlags: ['-e', '--env'],
  consent: ['-y', '--yes', '--skip-confirmation', '--force'],
});

export const tursoDelete: Rule = platformDeleteRule({
  id: 'platforms/turso-destroy',
  commands: ['turso'],
  reason: 'destroys the Turso database or group and its data',
  valued: ['--group', '--location', '-l'],
  data: set('db', 'database', 'databases', 'group', 'groups'),
  consent: ['-y', '--yes'],
});

export const kamalRemove: Rule = platformDeleteRule({
  id: 'platforms/kamal-remove',
  commands: ['kamal'],
  reason: 'removes the app with its accessories and their data directories',
  valued: ['-d', '--destination', '-c', '--config-file', '-r', '--roles', '-h', '--hosts', '--version'],
  rootKind: 'app',
  data: set('accessory'),
  targetOptions: [],
  envFlags: ['-d', '--destination'],
  consent: ['-y', '--yes'],
});

export const modalDelete: Rule = platformDeleteRule({
  id: 'platforms/modal-delete',
  commands: ['modal'],
  reason: 'deletes the Modal volume or environment and its data',
  valued: ['-e', '--env'],
  data: set('volume', 'environment', 'nfs'),
  // `modal volume rm VOL PATH` deletes one file unless -r.
  accept: (found, parsed) => !(found.path.includes('volume') && found.verb === 'rm') || hasOption(parsed, '-r', '--recursive'),
  pick: 'first',
  envFlags: ['-e', '--env'],
  consent: ['-y', '--yes'],
});

export const appPlatformRules: readonly Rule[] = [
  vercelDelete,
  netlifyDelete,
  renderDelete,
  supabaseDelete,
  neonDelete,
  planetscaleDelete,
  firebaseDelete,
  wranglerDelete,
  tursoDelete,
  kamalRemove,
  modalDelete,
];
