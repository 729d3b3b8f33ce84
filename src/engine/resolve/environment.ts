// Where does an action land? From evidence the gate gathered itself, never from what an agent claims.
// Evidence binds only the tool it belongs to: RAILWAY_ENVIRONMENT says where the railway CLI acts,
// not where a raw `curl` with an account token lands.

import type { Environment, EnvironmentName } from '../model/decision';
import { ENVIRONMENT_RANK } from '../model/decision';
import type { Facts } from '../model/input';
import type { EnvironmentMapping } from '../model/policy';
import type { EnvHint, ToolBinding } from '../rules/rule';
import { globMatch } from './glob';

type Known = Exclude<EnvironmentName, 'unknown'>;

const PRODUCTION = new Set(['prod', 'production', 'prd', 'live', 'prod1', 'prod2']);
const STAGING = new Set(['stag', 'staging', 'stg', 'preprod', 'uat', 'stage', 'pre-prod']);
const DEVELOPMENT = new Set(['dev', 'development', 'local', 'localhost', '127.0.0.1', 'test', 'testing', 'devel', '::1']);

/** Normalises a name, host or id to an environment by its words: `prod-eu` → production, `db.stg.internal` → staging. */
export function normaliseEnvironmentName(value: string): Known | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (DEVELOPMENT.has(v)) return 'development';
  if (v.startsWith('127.') || v === '0.0.0.0' || v === '[::1]') return 'development';
  const tokens = v.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
  let found: Known | undefined;
  for (const t of tokens) {
    let name: Known | undefined;
    if (STAGING.has(t) || t.startsWith('staging') || t.startsWith('preprod')) name = 'staging';
    else if (PRODUCTION.has(t) || /^prod\d*$/.test(t) || t.startsWith('production')) name = 'production';
    else if (DEVELOPMENT.has(t) || /^dev\d*$/.test(t)) name = 'development';
    if (name && (!found || ENVIRONMENT_RANK[name] > ENVIRONMENT_RANK[found])) found = name;
  }
  return found;
}

/** Variables that speak for each tool. Generic app variables speak only for framework CLIs and database clients. */
const TOOL_VARIABLES: Partial<Record<ToolBinding, readonly string[]>> = {
  railway: ['RAILWAY_ENVIRONMENT', 'RAILWAY_ENVIRONMENT_NAME'],
  aws: ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'],
  gcp: ['CLOUDSDK_CORE_PROJECT', 'GOOGLE_CLOUD_PROJECT', 'CLOUDSDK_ACTIVE_CONFIG_NAME'],
  azure: ['AZURE_SUBSCRIPTION', 'AZURE_SUBSCRIPTION_ID'],
  iac: ['TF_WORKSPACE', 'PULUMI_STACK'],
  kubernetes: ['KUBECONFIG'],
  containers: ['DOCKER_CONTEXT', 'DOCKER_HOST', 'CONTAINER_HOST', 'CONTAINER_CONNECTION'],
  heroku: ['HEROKU_APP'],
  fly: ['FLY_APP'],
  sql: ['PGHOST', 'DATABASE_URL', 'PGDATABASE', 'MYSQL_HOST', 'REDIS_URL', 'MONGODB_URI', 'MONGO_URL'],
  framework: ['RAILS_ENV', 'RACK_ENV', 'NODE_ENV', 'APP_ENV', 'DJANGO_SETTINGS_MODULE', 'DATABASE_URL', 'PGHOST', 'MIX_ENV'],
  platform: ['VERCEL_ENV', 'NETLIFY_CONTEXT', 'SUPABASE_PROJECT_REF'],
};

/** Variables whose value is a URL or host: evidence is the host, not the whole value. */
const HOST_VARIABLES = new Set(['PGHOST', 'DATABASE_URL', 'MYSQL_HOST', 'REDIS_URL', 'MONGODB_URI', 'MONGO_URL']);

export interface EnvironmentQuery {
  tool: ToolBinding;
  hints: readonly EnvHint[];
  /** Assignments on the command itself (`RAILS_ENV=production rails db:drop`). */
  assigns: Readonly<Record<string, string>>;
  env: Readonly<Record<string, string | undefined>>;
  facts?: Facts;
  mappings: readonly EnvironmentMapping[];
  remoteHost?: string;
  remoteKind?: 'ssh' | 'kubectl' | 'container';
  cwd: string;
}

export function hostOf(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(value.trim());
  if (m) return m[1];
  if (/^[a-z0-9.-]+$/i.test(value) && value.includes('.')) return value;
  if (/^[a-z0-9-]+$/i.test(value)) return value;
  return undefined;
}

interface Piece {
  name: Known;
  label: string;
}

export function resolveEnvironment(q: EnvironmentQuery): Environment {
  const pieces: Piece[] = [];
  const unmapped: string[] = [];
  const consider = (kind: EnvHint['kind'], value: string, label: string): void => {
    const mapped = mapValue(kind, value, q.mappings);
    if (mapped) {
      pieces.push({ name: mapped, label: `${label} (mapped to ${mapped} in settings)` });
      return;
    }
    const n = normaliseEnvironmentName(value);
    if (n) pieces.push({ name: n, label });
    else unmapped.push(label);
  };

  for (const h of q.hints) consider(h.kind, h.value, h.label);
  if (q.remoteHost) {
    const how = q.remoteKind === 'kubectl' ? 'kubectl exec into' : q.remoteKind === 'container' ? 'exec into container' : 'ssh host';
    consider('host', q.remoteHost, `from ${how} ${q.remoteHost}`);
  }
  // Inside a pod the cluster is the kube context's.
  const kubeTool = q.tool === 'kubernetes' || q.remoteKind === 'kubectl';

  for (const name of TOOL_VARIABLES[q.tool] ?? []) {
    const onCommand = q.assigns[name];
    const value = onCommand ?? q.env[name];
    if (value === undefined || value === '') continue;
    const where = onCommand !== undefined ? 'on the command' : 'in the terminal';
    if (HOST_VARIABLES.has(name)) {
      const host = hostOf(value);
      if (host) consider('host', host, `from ${name} host ${host} (${where})`);
    } else {
      consider('context', value, `from ${name}=${value} (${where})`);
    }
  }

  const f = q.facts;
  if (f) {
    if (kubeTool && f.kubeContext) consider('context', f.kubeContext.name, `from kubectl context ${f.kubeContext.name} (${f.kubeContext.source})`);
    if (q.tool === 'iac' && f.terraformWorkspace) consider('context', f.terraformWorkspace.name, `from terraform workspace ${f.terraformWorkspace.name} (${f.terraformWorkspace.source})`);
    if (q.tool === 'railway' && f.railway?.environment) consider('context', f.railway.environment, `from Railway link: environment ${f.railway.environment} (${f.railway.source})`);
    if (q.tool === 'gcp' && f.gcloud?.project) consider('context', f.gcloud.project, `from gcloud project ${f.gcloud.project} (${f.gcloud.source})`);
    if (q.tool === 'aws' && f.awsProfile) consider('context', f.awsProfile.name, `from AWS profile ${f.awsProfile.name} (${f.awsProfile.source})`);
  }

  // Terraform and friends act on the configuration in their folder (`-chdir=`, or `cd infra/prod &&`):
  // the folder's own name is evidence for them.
  if (q.tool === 'iac') {
    const tail = q.cwd.split('/').filter((x) => x.length > 0).at(-1) ?? '';
    if (tail !== '' && normaliseEnvironmentName(tail) !== undefined) consider('path', tail, `from the folder ${tail}`);
  }

  // The user's folder mapping speaks for local actions (and is shown for every tool, since it is the user's word).
  const folder = mapValue('path', q.cwd, q.mappings);
  if (folder) pieces.push({ name: folder, label: `from folder ${q.cwd} (mapped to ${folder} in settings)` });

  if (pieces.length === 0) {
    if ((q.tool === 'filesystem' || q.tool === 'git' || q.tool === 'shell') && !q.remoteHost) {
      return { name: 'development', evidence: [`local files on this machine (${q.cwd})`] };
    }
    const evidence = unmapped.length > 0 ? [...unmapped.map((u) => `${u}: not a known environment`), 'no environment evidence: treat as production'] : ['no evidence found: treat as production'];
    return { name: 'unknown', evidence };
  }
  let worst = pieces[0] as Piece;
  for (const p of pieces) if (ENVIRONMENT_RANK[p.name] > ENVIRONMENT_RANK[worst.name]) worst = p;
  const evidence = pieces.map((p) => p.label);
  const names = new Set(pieces.map((p) => p.name));
  if (names.size > 1) evidence.push(`evidence disagrees: the more dangerous (${worst.name}) wins`);
  return { name: worst.name, evidence };
}

function mapValue(kind: EnvHint['kind'], value: string, mappings: readonly EnvironmentMapping[]): Known | undefined {
  let found: Known | undefined;
  for (const m of mappings) {
    const lists = kind === 'host' ? [m.hosts, m.resources] : kind === 'resource' ? [m.resources, m.contexts] : kind === 'path' ? [m.contexts] : [m.contexts, m.resources];
    for (const list of lists) {
      if (list.some((g) => globMatch(g, value))) {
        if (!found || ENVIRONMENT_RANK[m.environment] > ENVIRONMENT_RANK[found]) found = m.environment;
      }
    }
  }
  return found;
}
