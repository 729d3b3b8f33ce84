import type { Rule } from '../rule';
import { awkRunsShell } from './awkRunsShell';
import { deleteApi } from './deleteApi';
import { downloadedCode } from './downloadedCode';
import { embeddedGraphql, embeddedSql } from './embeddedQuery';
import { runsShell } from './runsShell';
import { sedExecute } from './sedExecute';

export const interpretersRules: readonly Rule[] = [deleteApi, runsShell, downloadedCode, embeddedSql, embeddedGraphql, awkRunsShell, sedExecute];
