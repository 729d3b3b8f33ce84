// aws s3's high-level commands: rb removes a bucket (with --force, its objects first),
// rm --recursive empties a prefix, sync --delete removes what the source lacks.
// A single-object rm is a targeted delete and stays allowed.

import type { SimpleCommand } from '../../model/command';
import type { Hit, Rule } from '../rule';
import { resourceHint } from '../platforms/evidence';
import { AWS_COMMANDS, awsHints, bucketOf, readAws } from './awsCommand';

export const s3Delete: Rule = {
  id: 'aws/s3-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'this deletes S3 objects in bulk (or the bucket itself); S3 has no undo without versioning',
  safer: 'run it with --dryrun first, and enable bucket versioning',
  tool: 'aws',
  commands: AWS_COMMANDS,
  match(cmd: SimpleCommand): Hit | undefined {
    const aws = readAws(cmd);
    if (aws === undefined || aws.service !== 's3' || aws.harmless) return undefined;
    const has = (name: string): boolean => aws.options.some((o) => o.name === name);
    // Flags of s3's high-level commands take no values: their "values" are the paths.
    const paths = [...aws.positionals, ...aws.options.flatMap((o) => o.values)].filter((p) => p.toLowerCase().startsWith('s3://'));
    let url: string | undefined;
    let reason: string | undefined;
    if (aws.operation === 'rb') {
      url = paths[0];
      reason = has('--force') ? 'aws s3 rb --force deletes every object in the bucket, then the bucket' : 'aws s3 rb deletes the bucket';
    } else if (aws.operation === 'rm' && (has('--recursive') || cmd.args.some((a) => a.value === '-r'))) {
      url = paths[0];
      reason = 'aws s3 rm --recursive deletes every object under the prefix';
    } else if ((aws.operation === 'sync' || aws.operation === 'mv') && has('--delete')) {
      url = paths[paths.length - 1];
      reason = 'aws s3 sync --delete deletes destination objects missing from the source';
    }
    if (url === undefined || reason === undefined) return undefined;
    const bucket = bucketOf(url) ?? url;
    return {
      target: bucket,
      reason,
      hints: [...awsHints(aws), ...resourceHint(bucket, 'bucket')],
      ...(aws.operation === 'rb' && has('--force') ? { preAnswered: ['--force'] } : {}),
    };
  },
};
