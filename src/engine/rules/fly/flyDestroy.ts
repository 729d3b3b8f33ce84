// Fly.io: apps, volumes, Postgres clusters, machines and attached databases/storage destroyed.
// `fly` is also Concourse's CLI; its verbs (`destroy-pipeline`) are separate words and never match.

import type { SimpleCommand } from '../../model/command';
import { optionValue, parseArgs } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, findDeletingVerb, nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = ['-a', '--app', '-c', '--config', '-t', '--access-token', '-r', '--region', '-o', '--org', '--cluster', '--image', '--json-file'];
/** Configuration, credentials and networking: not data. */
const CONFIGURATION = new Set(['secrets', 'certs', 'certificates', 'ips', 'wireguard', 'wg', 'tokens', 'auth', 'orgs', 'regions', 'scale', 'checks', 'config', 'domains', 'dns-records', 'releases', 'platform', 'agent', 'ssh', 'builder', 'extensions-token']);

const KIND: Readonly<Record<string, string>> = {
  apps: 'app', app: 'app', volumes: 'volume', volume: 'volume', vol: 'volume', postgres: 'postgres cluster', pg: 'postgres cluster',
  mpg: 'postgres cluster', machine: 'machine', machines: 'machine', m: 'machine', redis: 'redis database', storage: 'bucket', tigris: 'bucket',
  mysql: 'mysql database', consul: 'consul cluster', litefs: 'litefs cluster',
};

export const flyDestroy: Rule = {
  id: 'fly/destroy',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'this Fly.io command permanently destroys an app, volume, database or machine',
  safer: 'take a volume snapshot first (fly volumes snapshots create)',
  tool: 'fly',
  commands: ['fly', 'flyctl'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
    const found = findDeletingVerb(parsed.positionals, 3);
    if (found === undefined) return undefined;
    if (found.path.some((p) => CONFIGURATION.has(p))) return undefined;
    const noun = found.path[found.path.length - 1];
    // Fly's snapshots of volumes and Postgres backups are data too; their parents decide the kind.
    const kind = noun === undefined ? 'app' : KIND[noun] ?? noun;
    const app = optionValue(parsed, '-a', '--app');
    const names = found.rest;
    const target = nameOrCount(names, `${kind}s`) ?? app ?? cwdName(ctx.cwd);
    const preAnswered = consentGiven(parsed, ['-y', '--yes', '-f', '--force']);
    return {
      target,
      reason: `fly ${[...found.path, found.verb].join(' ')} permanently destroys the ${kind}`,
      hints: [
        ...optionHints(parsed, 'flag', '-a', '--app'),
        ...optionHints(parsed, 'path', '-c', '--config'),
        ...(names.length === 1 ? resourceHint(names[0], kind) : []),
      ],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
