// Railway CLI deletes: volumes, services, environments, projects, functions, variables, buckets,
// and `railway down` (removes the latest deployment). The policy's incident was a Railway volume
// delete aimed at the wrong environment, so the environment evidence matters most here.

import type { SimpleCommand } from '../../model/command';
import { optionValue, parseArgs, type ParsedArgs } from '../args';
import type { EnvHint, Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, DELETING_VERBS } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = ['-e', '--environment', '-s', '--service', '-p', '--project', '-v', '--volume', '--function', '-f', '--bucket', '--2fa-code', '--workspace', '-t', '--team'];
const CONSENT = ['-y', '--yes', '--2fa-code', '--force'];

const NOUNS: Readonly<Record<string, string>> = {
  volume: 'volume', volumes: 'volume',
  service: 'service', services: 'service',
  environment: 'environment', env: 'environment', environments: 'environment',
  project: 'project', projects: 'project',
  functions: 'function', function: 'function', fn: 'function', func: 'function', funcs: 'function',
  variable: 'variable', variables: 'variable', vars: 'variable', var: 'variable',
  bucket: 'bucket', buckets: 'bucket',
};

function railwayHints(parsed: ParsedArgs): EnvHint[] {
  return optionHints(parsed, 'flag', '-e', '--environment');
}

function linkedProject(ctx: RuleContext): string {
  return ctx.input.facts?.railway?.project ?? cwdName(ctx.cwd);
}

interface Found {
  kind: string;
  target: string;
  reason: string;
}

function classify(parsed: ParsedArgs, ctx: RuleContext): Found | undefined {
  const [first, second, third] = parsed.positionals;
  if (first === undefined) return undefined;
  if (first === 'down') {
    const service = optionValue(parsed, '-s', '--service') ?? linkedProject(ctx);
    return { kind: 'deployment', target: service, reason: 'railway down removes the latest deployment of the service' };
  }
  if (DELETING_VERBS.has(first)) {
    return { kind: 'project', target: optionValue(parsed, '-p', '--project') ?? second ?? linkedProject(ctx), reason: 'railway delete deletes the project with all its services, volumes and environments' };
  }
  const kind = NOUNS[first];
  if (kind === undefined || second === undefined || !DELETING_VERBS.has(second)) return undefined;
  switch (kind) {
    case 'volume':
      return { kind, target: optionValue(parsed, '-v', '--volume') ?? third ?? 'volume', reason: 'railway volume delete deletes the volume and the data (and backups) in it' };
    case 'service':
      return { kind, target: optionValue(parsed, '-s', '--service') ?? third ?? linkedProject(ctx), reason: 'railway service delete deletes the service and its deployments' };
    case 'environment':
      return { kind, target: third ?? optionValue(parsed, '-e', '--environment') ?? ctx.input.facts?.railway?.environment ?? 'environment', reason: 'railway environment delete deletes the environment with its services and volumes' };
    case 'project':
      return { kind, target: optionValue(parsed, '-p', '--project') ?? third ?? linkedProject(ctx), reason: 'railway project delete deletes the project with all its services, volumes and environments' };
    case 'function':
      return { kind, target: optionValue(parsed, '--function', '-f') ?? third ?? 'function', reason: 'railway functions delete deletes the function' };
    case 'variable':
      return third === undefined ? undefined : { kind, target: third, reason: 'railway variable delete removes the variable from the service' };
    case 'bucket':
      return { kind, target: optionValue(parsed, '--bucket') ?? third ?? 'bucket', reason: 'railway bucket delete deletes the bucket and its objects' };
    default:
      return undefined;
  }
}

export const railwayDelete: Rule = {
  id: 'railway/delete',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'this Railway command permanently deletes a project resource',
  safer: 'check `railway status` for the linked environment, and use a project token scoped to one environment',
  tool: 'railway',
  commands: ['railway'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
    const found = classify(parsed, ctx);
    if (found === undefined) return undefined;
    const preAnswered = consentGiven(parsed, CONSENT);
    const envName = found.kind === 'environment' ? found.target : undefined;
    return {
      target: found.target,
      reason: found.reason,
      hints: [...railwayHints(parsed), ...(envName !== undefined ? [{ kind: 'flag' as const, value: envName, label: `from the environment being deleted, ${envName}` }] : resourceHint(found.target, found.kind))],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
