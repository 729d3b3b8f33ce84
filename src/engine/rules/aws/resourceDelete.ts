// The policy's AWS catch-all: an operation that deletes or terminates a resource holding data or
// infrastructure, listed or not (rds delete-db-instance, ec2 terminate-instances, iam delete-*,
// kms schedule-key-deletion...). Services the default policy leaves out (messaging, DNS records,
// secrets managers, monitoring, CDN, API gateways, load balancers, email) and deletes of
// configuration or of one targeted item (a policy, a tag, an alias, one object, one item) are allowed.

import type { SimpleCommand } from '../../model/command';
import type { Hit, Rule } from '../rule';
import { nameOrCount } from '../platforms/deletingVerb';
import { resourceHint } from '../platforms/evidence';
import { AWS_COMMANDS, awsHints, bucketOf, readAws, type AwsCommand } from './awsCommand';

/** Outside the default policy (see the corpus README): allowed. */
const OUTSIDE_SERVICES = new Set([
  'sqs', 'sns', 'secretsmanager', 'ssm', 'logs', 'cloudwatch', 'cloudtrail', 'kinesis', 'firehose', 'kafka',
  'apigateway', 'apigatewayv2', 'cloudfront', 'ses', 'sesv2', 'pinpoint', 'elb', 'elbv2', 'opensearch', 'es',
  'accessanalyzer', 'events', 'mq', 'xray', 'synthetics', 'codepipeline', 'codebuild', 'codedeploy',
  'route53domains', 'route53resolver',
]);

const VERB = /^(?:batch-delete|force-delete|delete|terminate|purge|destroy|drop|wipe)-(.+)$/;

/** Deletes of configuration or of one targeted item, not of a data store. */
const CONFIGURATION = /(?:^|-)(?:policy|policies|tagging|tags|tag|alias|membership|rule|rules|permission|cors|website|encryption|replication|notification-configuration|public-access-block|ownership-controls|analytics-configuration|metrics-configuration|inventory-configuration|intelligent-tiering-configuration|object|item|message|message-batch|attributes|subscription|metric-filter)$/;

interface Operation {
  /** The thing the operation deletes: `db-instance`, `instances`. */
  noun: string;
}

function deletingOperation(aws: AwsCommand): Operation | undefined {
  if (aws.operation === 'schedule-key-deletion') return { noun: 'key' };
  const m = VERB.exec(aws.operation);
  if (!m) return undefined;
  const noun = m[1] as string;
  if (OUTSIDE_SERVICES.has(aws.service)) return undefined;
  if (aws.service === 'route53' && aws.operation !== 'delete-hosted-zone') return undefined;
  if (aws.service === 's3') return undefined;
  // The policy names every iam delete-*: access keys, login profiles and providers are credentials.
  if (aws.service !== 'iam' && CONFIGURATION.test(noun)) return undefined;
  return { noun };
}

function singular(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (noun.endsWith('ses')) return noun.slice(0, -2);
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1);
  return noun;
}

const ID_SUFFIX = /-(?:ids|id|identifier|identifiers|name|names|arn|arns|url)$/;

/** The option naming what goes: `--db-instance-identifier` for delete-db-instance, else `--name`/`--id`, else any id-like option. */
function identifierValues(aws: AwsCommand, noun: string): { values: string[]; plural: string } | undefined {
  const one = singular(noun);
  const lastWord = one.split('-').pop() ?? one;
  const plural = `${lastWord}s`;
  const scored = aws.options
    .filter((o) => o.values.length > 0)
    .map((o, index) => {
      const base = o.name.slice(2);
      let score = 0;
      if (base.startsWith(`${one}-`) && ID_SUFFIX.test(base)) score = 4;
      else if (['name', 'id', 'arn', 'bucket', 'key-id', 'ids', 'names'].includes(base)) score = 3;
      else if (base.startsWith(`${lastWord}-`) && ID_SUFFIX.test(base)) score = 2;
      else if (ID_SUFFIX.test(base)) score = 1;
      return { o, score, index };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const best = scored[0];
  return best ? { values: best.o.values.map((v) => bucketOf(v) ?? v), plural } : undefined;
}

export const awsResourceDelete: Rule = {
  id: 'aws/resource-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'this AWS operation permanently deletes a resource that holds data or infrastructure',
  safer: 'take a snapshot or backup first, and try the call with --dry-run where the service supports it',
  tool: 'aws',
  commands: AWS_COMMANDS,
  match(cmd: SimpleCommand): Hit | undefined {
    const aws = readAws(cmd);
    if (aws === undefined || aws.harmless) return undefined;
    const op = deletingOperation(aws);
    if (op === undefined) return undefined;
    const ids = identifierValues(aws, op.noun);
    const target = (ids && nameOrCount(ids.values, ids.plural)) ?? `${aws.service} ${op.noun}`;
    const consent = aws.options
      .filter((o) => ['--force', '--skip-final-snapshot', '--skip-final-cluster-snapshot', '--delete-automated-backups', '--force-delete-without-recovery', '--no-retain'].includes(o.name))
      .map((o) => o.name);
    return {
      target,
      reason: `aws ${aws.service} ${aws.operation} permanently deletes ${ids && ids.values.length > 1 ? ids.plural : `the ${singular(op.noun).replace(/-/g, ' ')}`}`,
      hints: [...awsHints(aws), ...(ids && ids.values.length === 1 ? resourceHint(ids.values[0], singular(op.noun)) : [])],
      ...(consent.length > 0 ? { preAnswered: consent } : {}),
    };
  },
};
