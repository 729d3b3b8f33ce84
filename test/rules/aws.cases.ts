// Per rule id: AWS CLI lines the aws pack must gate, and look-alikes (reads, dry runs, targeted and
// configuration deletes, services outside the default policy).

import type { RuleCases } from './ruleTable';

export const awsCases: RuleCases[] = [
  {
    rule: 'aws/s3-delete',
    gate: [
      { command: 'aws s3 rb s3://my-bucket', target: 'my-bucket', environment: 'unknown' },
      { command: 'aws s3 rb s3://prod-bucket --force', target: 'prod-bucket', environment: 'production' },
      { command: 'aws s3 rm s3://my-bucket/path --recursive', target: 'my-bucket' },
      { command: 'aws --profile prod s3 rm s3://bucket/prefix --recursive', target: 'bucket', environment: 'production' },
      { command: 'aws s3 rm --recursive s3://logs', target: 'logs' },
      { command: 'aws s3 sync ./dist s3://site-bucket --delete', target: 'site-bucket' },
      { command: 'aws s3 rm s3://bucket --recursive --dryrun=false', target: 'bucket' },
      { command: 'AWS_PROFILE=staging aws s3 rb s3://b', target: 'b', environment: 'staging' },
    ],
    allow: ['aws s3 ls', 'aws s3 ls s3://my-bucket', 'aws s3 rm s3://bucket/key', 'aws s3 rm s3://bucket --recursive --dryrun', 'aws s3 sync ./dist s3://bucket', 'aws s3 sync s3://a s3://b --delete --dryrun', 'aws s3 cp a s3://b/a', 'aws s3 rm help'],
  },
  {
    rule: 'aws/s3api-delete',
    gate: [
      { command: 'aws s3api delete-bucket --bucket my-bucket', target: 'my-bucket' },
      { command: 'aws s3api delete-objects --bucket prod-logs --delete file://keys.json', target: 'prod-logs', environment: 'production' },
    ],
    allow: ['aws s3api delete-object --bucket b --key k', 'aws s3api delete-bucket-policy --bucket b', 'aws s3api delete-object-tagging --bucket b --key k', 'aws s3api list-buckets'],
  },
  {
    rule: 'aws/resource-delete',
    gate: [
      { command: 'aws ec2 terminate-instances --instance-ids i-123', target: 'i-123' },
      { command: 'aws ec2 terminate-instances --instance-ids i-1 i-2 i-3', target: '3 instances' },
      { command: 'aws rds delete-db-instance --db-instance-identifier prod-db --skip-final-snapshot', target: 'prod-db', environment: 'production' },
      { command: 'aws rds delete-db-cluster --db-cluster-identifier orders', target: 'orders' },
      { command: 'aws dynamodb delete-table --table-name Customers', target: 'Customers' },
      { command: 'aws ec2 delete-volume --volume-id vol-0abc', target: 'vol-0abc' },
      { command: 'aws ec2 delete-snapshot --snapshot-id snap-abc --no-dry-run', target: 'snap-abc' },
      { command: 'aws cloudformation delete-stack --stack-name demo', target: 'demo' },
      { command: 'aws lambda delete-function --function-name prod-fn --profile prod', target: 'prod-fn', environment: 'production' },
      { command: 'aws iam delete-user --user-name admin', target: 'admin' },
      { command: 'aws iam delete-access-key --user-name admin --access-key-id AKIAX123', target: 'AKIAX123' },
      { command: 'aws kms schedule-key-deletion --key-id abc --pending-window-in-days 7', target: 'abc' },
      { command: 'aws route53 delete-hosted-zone --id Z123', target: 'Z123' },
      { command: 'aws glue delete-table --database-name analytics --name orders', target: 'orders' },
      { command: 'aws ecr delete-repository --repository-name app --force', target: 'app' },
      { command: 'aws eks delete-cluster --name prod', target: 'prod' },
      { command: 'aws ec2 terminate-instances --instance-ids i-123 --dry-run --no-dry-run', target: 'i-123' },
    ],
    allow: [
      'aws ec2 describe-instances',
      'aws ec2 terminate-instances --instance-ids i-123 --dry-run',
      'aws cloudformation delete-stack --stack-name prod --dry-run',
      'aws sqs delete-queue --queue-url https://sqs.us-east-1.amazonaws.com/1/q',
      'aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:1:t',
      'aws secretsmanager delete-secret --secret-id prod/db',
      'aws logs delete-log-group --log-group-name /aws/lambda/x',
      'aws route53 delete-health-check --health-check-id abc',
      'aws lambda delete-alias --function-name f --name PROD',
      'aws ecr delete-lifecycle-policy --repository-name r',
      'aws dynamodb delete-item --table-name t --key k',
      'aws accessanalyzer delete-analyzer --analyzer-arn a',
      'aws cognito-idp admin-delete-user --username u --user-pool-id p',
      'aws ses delete-receipt-rule-set --rule-set-name r --generate-cli-skeleton',
    ],
  },
  {
    rule: 'aws/sql-statement',
    gate: [
      { command: "aws athena start-query-execution --query-string 'DROP TABLE sales.orders'", target: 'sales.orders' },
      { command: "aws --profile prod athena start-query-execution --query-string 'DELETE FROM events'", target: 'events', environment: 'production' },
      { command: 'aws athena start-query-execution --cli-input-json \'{"QueryString": "DROP DATABASE prod"}\'', target: 'prod' },
      { command: "aws redshift-data execute-statement --sql 'TRUNCATE orders' --cluster-identifier c", target: 'orders' },
    ],
    allow: ["aws athena start-query-execution --query-string 'SELECT 1'", "aws athena start-query-execution --query-string 'DELETE FROM t WHERE id = 1'"],
  },
];
