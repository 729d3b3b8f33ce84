import type { Rule } from '../rule';
import { awkRunsShell } from './awkRunsShell';
import { deleteApi } from './deleteApi';
import { embeddedGraphql, embeddedSql } from './embeddedQuery';
import { runsShell } from './runsShell';
import { sedExecute } from './sedExecute';

export const interpretersRules: readonly Rule[] = [deleteApi, runsShell, embeddedSql, embeddedGraphql, awkRunsShell, sedExecute];
