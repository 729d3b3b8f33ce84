// Pulumi: destroy, stack rm and state delete. The stack names the whole; without -s the
// folder's selected stack is meant, named here by the folder.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue, parseArgs, type ParsedArgs } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, folderName } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = ['-C', '--cwd', '-s', '--stack', '--color', '--tracing', '--profiling', '--config-file', '-t', '--target',
  '--exclude', '-m', '--message', '-p', '--parallel', '--secrets-provider', '--suppress-permalink', '--exec-kind', '--exec-agent'];
const CONSENT = ['-y', '--yes', '--skip-preview', '-f', '--force', '--non-interactive', '--remove'];

function read(cmd: SimpleCommand): ParsedArgs {
  return parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
}

function stackName(parsed: ParsedArgs, ctx: RuleContext): string {
  const stack = optionValue(parsed, '-s', '--stack');
  if (stack !== undefined) return stack;
  const dir = optionValue(parsed, '-C', '--cwd');
  return dir !== undefined ? folderName(dir) : cwdName(ctx.cwd);
}

function hit(parsed: ParsedArgs, target: string, extra: Hit['hints'] = []): Hit {
  const preAnswered = consentGiven(parsed, CONSENT);
  return {
    target,
    hints: [...optionHints(parsed, 'context', '-s', '--stack'), ...optionHints(parsed, 'path', '-C', '--cwd'), ...extra],
    ...(preAnswered.length > 0 ? { preAnswered } : {}),
  };
}

export const pulumiDestroy: Rule = {
  id: 'iac/pulumi-destroy',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'pulumi destroy deletes every resource in the stack, data stores included',
  safer: 'pulumi destroy --preview-only to review what goes; protect data stores',
  tool: 'iac',
  commands: ['pulumi'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = read(cmd);
    if (parsed.positionals[0] !== 'destroy' && parsed.positionals[0] !== 'down') return undefined;
    if (hasOption(parsed, '--preview-only')) return undefined;
    const targets = parsed.all.get('--target') ?? parsed.all.get('-t');
    const target = targets !== undefined && targets.length === 1 ? urnName(targets[0] as string) : stackName(parsed, ctx);
    return hit(parsed, target);
  },
};

export const pulumiStackRm: Rule = {
  id: 'iac/pulumi-stack-rm',
  severity: 'high',
  verdict: 'confirm',
  reason: 'pulumi stack rm deletes the stack and its state and history (with --force, while resources still exist)',
  safer: 'pulumi stack export > backup.json first',
  tool: 'iac',
  commands: ['pulumi'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = read(cmd);
    if (parsed.positionals[0] !== 'stack' || (parsed.positionals[1] !== 'rm' && parsed.positionals[1] !== 'remove')) return undefined;
    const named = parsed.positionals[2];
    const target = named ?? stackName(parsed, ctx);
    return hit(parsed, target, resourceHint(named, 'stack'));
  },
};

/** `urn:pulumi:prod::db::aws:rds/instance:Instance::main` → `main`, the name a user can read. */
function urnName(urn: string): string {
  const i = urn.lastIndexOf('::');
  return i >= 0 && i + 2 < urn.length ? urn.slice(i + 2) : urn;
}

export const pulumiStateDelete: Rule = {
  id: 'iac/pulumi-state-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'pulumi state delete makes Pulumi forget a real resource, which then leaks or is re-created over live data',
  safer: 'pulumi stack export > backup.json first',
  tool: 'iac',
  commands: ['pulumi'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = read(cmd);
    if (parsed.positionals[0] !== 'state' || (parsed.positionals[1] !== 'delete' && parsed.positionals[1] !== 'rm')) return undefined;
    const urn = parsed.positionals[2];
    return hit(parsed, urn !== undefined ? urnName(urn) : stackName(parsed, ctx));
  },
};
