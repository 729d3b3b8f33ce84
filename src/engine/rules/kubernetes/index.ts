import type { Rule } from '../rule';
import { helmfileDestroy } from './helmfileDestroy';
import { helmUninstall } from './helmUninstall';
import { kubectlDelete } from './kubectlDelete';
import { kubectlDrain } from './kubectlDrain';
import { kubectlReplaceForce } from './kubectlReplaceForce';

export const kubernetesRules: readonly Rule[] = [kubectlDelete, kubectlDrain, kubectlReplaceForce, helmUninstall, helmfileDestroy];
