// s3api's bucket and batch deletes; single-object delete-object is a targeted delete and allowed.

import type { SimpleCommand } from '../../model/command';
import type { Hit, Rule } from '../rule';
import { resourceHint } from '../platforms/evidence';
import { AWS_COMMANDS, awsHints, awsOption, readAws } from './awsCommand';

export const s3apiDelete: Rule = {
  id: 'aws/s3api-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'this deletes an S3 bucket or a batch of objects',
  safer: 'enable bucket versioning before bulk deletes',
  tool: 'aws',
  commands: AWS_COMMANDS,
  match(cmd: SimpleCommand): Hit | undefined {
    const aws = readAws(cmd);
    if (aws === undefined || aws.service !== 's3api' || aws.harmless) return undefined;
    if (aws.operation !== 'delete-bucket' && aws.operation !== 'delete-objects') return undefined;
    const bucket = awsOption(aws, '--bucket')?.[0] ?? 'bucket';
    return {
      target: bucket,
      reason: aws.operation === 'delete-bucket' ? 'aws s3api delete-bucket deletes the bucket' : 'aws s3api delete-objects deletes a batch of objects',
      hints: [...awsHints(aws), ...resourceHint(bucket, 'bucket')],
    };
  },
};
