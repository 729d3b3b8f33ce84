// Atmos drives Terraform/OpenTofu and helmfile per component and stack: its destroy, state rm and
// workspace delete are the wrapped tools' own.

import type { SimpleCommand } from '../../model/command';
import { optionValue, parseArgs } from '../args';
import type { Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { optionHints } from '../platforms/evidence';

const VALUED = ['-s', '--stack', '--base-path', '--logs-level', '--logs-file', '--config', '--config-path', '--redirect-stderr', '-f', '--file', '--query', '--components'];
const TERRAFORM = new Set(['terraform', 'tf', 'tofu', 'opentofu']);
const HELMFILE = new Set(['helmfile', 'hf']);

export const atmosDestroy: Rule = {
  id: 'iac/atmos-destroy',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'atmos runs terraform destroy, state rm or workspace delete (or helmfile destroy) on a stack',
  safer: 'atmos terraform plan -destroy for the component first',
  tool: 'iac',
  commands: ['atmos'],
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
    const [tool, verb, ...rest] = parsed.positionals;
    if (tool === undefined || verb === undefined) return undefined;
    let component: string | undefined;
    if (TERRAFORM.has(tool)) {
      if (verb === 'destroy') component = rest[0];
      else if (verb === 'state' && rest[0] === 'rm') component = rest[1];
      else if (verb === 'workspace' && rest[0] === 'delete') component = rest[1];
      else return undefined;
    } else if (HELMFILE.has(tool)) {
      if (verb !== 'destroy') return undefined;
      component = rest[0];
    } else {
      return undefined;
    }
    const stack = optionValue(parsed, '-s', '--stack');
    const target = component ?? stack ?? 'all components';
    const preAnswered = consentGiven(parsed, ['-auto-approve', '--auto-approve', '--force']);
    return {
      target,
      hints: optionHints(parsed, 'context', '-s', '--stack'),
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
