// SQL sent through the AWS CLI (Athena queries, the Redshift and RDS Data APIs) is read like SQL
// typed into psql: DROP, TRUNCATE, and DELETE/UPDATE without WHERE are gated.

import type { SimpleCommand } from '../../model/command';
import type { Hit, Rule } from '../rule';
import { classifySql } from '../databases/classifySql';
import { nameOrCount } from '../platforms/deletingVerb';
import { AWS_COMMANDS, awsHints, awsOption, readAws } from './awsCommand';

const SQL_OPERATIONS: Readonly<Record<string, { option: string; jsonKey: string }>> = {
  'athena start-query-execution': { option: '--query-string', jsonKey: 'QueryString' },
  'redshift-data execute-statement': { option: '--sql', jsonKey: 'Sql' },
  'redshift-data batch-execute-statement': { option: '--sqls', jsonKey: 'Sqls' },
  'rds-data execute-statement': { option: '--sql', jsonKey: 'sql' },
  'rds-data batch-execute-statement': { option: '--sql', jsonKey: 'sql' },
};

function sqlFromJson(text: string, key: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return [];
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === 'string') return [field];
    if (Array.isArray(field)) return field.filter((f): f is string => typeof f === 'string');
  } catch {
    // Not JSON (a file:// reference or a typo): nothing readable here.
  }
  return [];
}

export const awsSqlStatement: Rule = {
  id: 'aws/sql-statement',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'the SQL sent through the AWS CLI drops or empties tables or databases',
  tool: 'aws',
  commands: AWS_COMMANDS,
  match(cmd: SimpleCommand): Hit | undefined {
    const aws = readAws(cmd);
    if (aws === undefined) return undefined;
    const spec = SQL_OPERATIONS[`${aws.service} ${aws.operation}`];
    if (spec === undefined) return undefined;
    const texts = [...(awsOption(aws, spec.option) ?? []), ...sqlFromJson(awsOption(aws, '--cli-input-json')?.[0] ?? '', spec.jsonKey)];
    const hits = texts.flatMap((t) => classifySql(t));
    if (hits.length === 0) return undefined;
    const first = hits[0];
    return {
      target: nameOrCount(hits.map((h) => h.target), 'objects') ?? 'sql',
      reason: hits.length === 1 && first !== undefined ? `${aws.service} ${aws.operation}: ${first.reason}` : `${aws.service} ${aws.operation}: ${hits.map((h) => h.statement).join('; ')}`,
      hints: awsHints(aws),
    };
  },
};
