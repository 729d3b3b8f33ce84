import type { Rule } from '../rule';
import { awsResourceDelete } from './resourceDelete';
import { s3apiDelete } from './s3apiDelete';
import { s3Delete } from './s3Delete';
import { awsSqlStatement } from './sqlStatement';

export const awsRules: readonly Rule[] = [s3Delete, s3apiDelete, awsResourceDelete, awsSqlStatement];
