import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { awsCases } from './aws.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(awsCases);

describe('aws: profile facts and consent flags', () => {
  it('the AWS profile in the terminal names the environment', () => {
    const input = inputFor('aws dynamodb delete-table --table-name Customers');
    input.env = { HOME: '/home/dev', AWS_PROFILE: 'acme-production' };
    expect(evaluate(input).findings.find((x) => x.rule === 'aws/resource-delete')?.environment.name).toBe('production');
  });

  it('--skip-final-snapshot is reported as pre-answered', () => {
    const f = evaluate(inputFor('aws rds delete-db-instance --db-instance-identifier db1 --skip-final-snapshot')).findings.find((x) => x.rule === 'aws/resource-delete');
    expect(f?.preAnswered).toEqual(['--skip-final-snapshot']);
    expect(f?.verdict).toBe('confirm');
  });
});
