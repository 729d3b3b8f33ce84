import type { Rule } from '../rule';
import { atmosDestroy } from './atmos';
import { pulumiDestroy, pulumiStackRm, pulumiStateDelete } from './pulumi';
import { amplifyDelete, cdkDestroy, copilotDelete, ebTerminate, samDelete, serverlessRemove } from './stackTeardown';
import { terraformDestroy, terraformStateRm, terraformWorkspaceDelete } from './terraform';

export const iacRules: readonly Rule[] = [
  terraformDestroy,
  terraformStateRm,
  terraformWorkspaceDelete,
  atmosDestroy,
  pulumiDestroy,
  pulumiStackRm,
  pulumiStateDelete,
  cdkDestroy,
  serverlessRemove,
  samDelete,
  amplifyDelete,
  copilotDelete,
  ebTerminate,
];
