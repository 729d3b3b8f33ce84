// Terraform, OpenTofu and Terragrunt: destroy, apply -destroy, state rm and workspace delete.
// The typed target of a whole-configuration destroy is the folder the configuration lives in
// (the -chdir folder, else the working folder): it names everything in that state, while the
// workspace is shown as the environment. A -target narrows it to the named resources.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue, parseArgs, type ParsedArgs } from '../args';
import type { EnvHint, Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, folderName, nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = ['-var', '-var-file', '-target', '-replace', '-state', '-state-out', '-backup', '-lock-timeout', '-parallelism', '-chdir',
  '--terragrunt-working-dir', '--working-dir', '--terragrunt-config', '--config', '--queue-include-dir', '--queue-exclude-dir'];

const CONSENT = ['-auto-approve', '--auto-approve', '-force', '--terragrunt-non-interactive', '--non-interactive'];

/** Terragrunt wraps terraform: `run-all destroy`, `run --all destroy`, `run -- destroy`. */
function terraformVerb(positionals: readonly string[], isTerragrunt: boolean): { verb: string; rest: string[] } | undefined {
  let i = 0;
  if (isTerragrunt) {
    while (i < positionals.length && (positionals[i] === 'run-all' || positionals[i] === 'run' || positionals[i] === 'stack')) i++;
    if (positionals[i] === 'destroy-all') return { verb: 'destroy', rest: positionals.slice(i + 1) };
  }
  const verb = positionals[i];
  return verb === undefined ? undefined : { verb, rest: positionals.slice(i + 1) };
}

export function iacHints(parsed: ParsedArgs): EnvHint[] {
  return [
    ...optionHints(parsed, 'path', '-chdir', '--terragrunt-working-dir', '--working-dir'),
    ...optionHints(parsed, 'path', '-var-file'),
  ];
}

export function readTerraform(cmd: SimpleCommand): ParsedArgs {
  return parseArgs(cmd.args.map((a) => a.value), { valued: VALUED, singleDashLong: true });
}

function configurationName(parsed: ParsedArgs, ctx: RuleContext): string {
  const dir = optionValue(parsed, '-chdir', '--terragrunt-working-dir', '--working-dir');
  return dir !== undefined ? folderName(dir) : cwdName(ctx.cwd);
}

function withConsent(hit: Hit, parsed: ParsedArgs): Hit {
  const preAnswered = consentGiven(parsed, CONSENT);
  return preAnswered.length > 0 ? { ...hit, preAnswered } : hit;
}

const COMMANDS = ['terraform', 'tofu', 'opentofu', 'terragrunt'];

export const terraformDestroy: Rule = {
  id: 'iac/terraform-destroy',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'terraform destroy deletes every resource in the state, data stores included',
  safer: 'terraform plan -destroy to review what goes, and prevent_destroy on data stores',
  tool: 'iac',
  commands: COMMANDS,
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = readTerraform(cmd);
    const found = terraformVerb(parsed.positionals, cmd.name === 'terragrunt');
    if (found === undefined) return undefined;
    const isDestroy = found.verb === 'destroy' || (found.verb === 'apply' && hasOption(parsed, '-destroy', '--destroy'));
    if (!isDestroy) return undefined;
    const targets = parsed.all.get('-target') ?? [];
    const target = nameOrCount(targets, 'resources') ?? configurationName(parsed, ctx);
    return withConsent({ target, hints: iacHints(parsed) }, parsed);
  },
};

export const terraformStateRm: Rule = {
  id: 'iac/terraform-state-rm',
  severity: 'high',
  verdict: 'confirm',
  reason: 'terraform state rm makes Terraform forget real resources, which then leak or get re-created over live data',
  safer: 'terraform state pull > backup.tfstate first, or use a removed block',
  tool: 'iac',
  commands: COMMANDS,
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = readTerraform(cmd);
    const found = terraformVerb(parsed.positionals, cmd.name === 'terragrunt');
    if (found?.verb !== 'state' || (found.rest[0] !== 'rm' && found.rest[0] !== 'remove')) return undefined;
    if (hasOption(parsed, '-dry-run', '--dry-run')) return undefined;
    const addresses = found.rest.slice(1);
    const target = nameOrCount(addresses, 'resources') ?? configurationName(parsed, ctx);
    return withConsent({ target, hints: iacHints(parsed) }, parsed);
  },
};

export const terraformWorkspaceDelete: Rule = {
  id: 'iac/terraform-workspace-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'terraform workspace delete drops the workspace state; with -force its resources are orphaned',
  safer: 'terraform workspace select it and destroy deliberately, or keep the state',
  tool: 'iac',
  commands: COMMANDS,
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = readTerraform(cmd);
    const found = terraformVerb(parsed.positionals, cmd.name === 'terragrunt');
    if (found?.verb !== 'workspace' || found.rest[0] !== 'delete') return undefined;
    const name = found.rest[1];
    if (name === undefined) return undefined;
    return withConsent({ target: name, hints: [...iacHints(parsed), ...resourceHint(name, 'workspace')] }, parsed);
  },
};
