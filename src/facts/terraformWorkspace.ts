// The Terraform workspace: TF_WORKSPACE overrides the selection that `terraform workspace select`
// writes to .terraform/environment in the configuration folder.

import { join } from 'node:path';
import { readSmallFile } from './readSmallFile';

export function terraformWorkspace(cwd: string, env: Readonly<Record<string, string | undefined>>): { name: string; source: string } | undefined {
  const variable = env['TF_WORKSPACE'];
  if (variable !== undefined && variable.trim() !== '') return { name: variable.trim(), source: 'TF_WORKSPACE' };
  const path = join(cwd, '.terraform', 'environment');
  const text = readSmallFile(path, 4096);
  const name = text?.trim();
  return name ? { name, source: path } : undefined;
}
