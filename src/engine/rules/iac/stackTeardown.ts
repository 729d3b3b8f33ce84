// Deployment frameworks that tear down a whole deployed stack: cdk destroy, serverless remove,
// sst remove, sam delete, amplify delete, copilot app|env|svc delete, eb terminate.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue, parseArgs, type ParsedArgs } from '../args';
import type { EnvHint, Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const CONSENT = ['-f', '--force', '-y', '--yes', '--no-prompts', '--require-approval'];

function finish(parsed: ParsedArgs, target: string, hints: EnvHint[]): Hit {
  const preAnswered = consentGiven(parsed, CONSENT);
  return { target, hints: [...hints, ...resourceHint(target, 'stack')], ...(preAnswered.length > 0 ? { preAnswered } : {}) };
}

export const cdkDestroy: Rule = {
  id: 'iac/cdk-destroy',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'cdk destroy deletes the CloudFormation stacks and every resource without a retain policy',
  safer: 'cdk diff, and RemovalPolicy.RETAIN on data stores',
  tool: 'iac',
  commands: ['cdk', 'cdktf'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), {
      valued: ['--profile', '-c', '--context', '-a', '--app', '--role-arn', '-o', '--output', '--region', '--ca-bundle-path', '--plugin'],
    });
    if (parsed.positionals[0] !== 'destroy') return undefined;
    const stacks = parsed.positionals.slice(1);
    const target = hasOption(parsed, '--all') ? 'all stacks' : nameOrCount(stacks, 'stacks') ?? cwdName(ctx.cwd);
    return finish(parsed, target, [...optionHints(parsed, 'context', '--profile')]);
  },
};

export const serverlessRemove: Rule = {
  id: 'iac/serverless-remove',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'serverless remove deletes the deployed service stack, its functions and its resources',
  safer: 'serverless info to see the stage first; retain data stores with DeletionPolicy',
  tool: 'iac',
  commands: ['serverless', 'sls', 'sst'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), {
      valued: ['-s', '--stage', '-r', '--region', '--aws-profile', '-c', '--config', '--app', '--org', '--param'],
    });
    if (parsed.positionals[0] !== 'remove') return undefined;
    const stage = optionValue(parsed, '-s', '--stage');
    const target = stage !== undefined ? `${cwdName(ctx.cwd)} ${stage}` : cwdName(ctx.cwd);
    return finish(parsed, target, [...optionHints(parsed, 'flag', '-s', '--stage'), ...optionHints(parsed, 'context', '--aws-profile')]);
  },
};

export const samDelete: Rule = {
  id: 'iac/sam-delete',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'sam delete deletes the application stack and its artifacts',
  tool: 'iac',
  commands: ['sam'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), {
      valued: ['--stack-name', '--profile', '--region', '--config-file', '--config-env', '--s3-bucket', '--s3-prefix'],
    });
    if (parsed.positionals[0] !== 'delete') return undefined;
    const target = optionValue(parsed, '--stack-name') ?? cwdName(ctx.cwd);
    return finish(parsed, target, [...optionHints(parsed, 'context', '--profile'), ...optionHints(parsed, 'flag', '--config-env')]);
  },
};

export const amplifyDelete: Rule = {
  id: 'iac/amplify-delete',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'amplify delete removes every backend environment and its resources, then the local project',
  tool: 'iac',
  commands: ['amplify'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: ['--profile'] });
    const [first, second, third] = parsed.positionals;
    if (first === 'delete') return finish(parsed, cwdName(ctx.cwd), []);
    if (first === 'env' && (second === 'remove' || second === 'rm') && third !== undefined) return finish(parsed, third, [{ kind: 'flag', value: third, label: `from amplify env ${third}` }]);
    return undefined;
  },
};

export const copilotDelete: Rule = {
  id: 'iac/copilot-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'copilot delete tears down the application, environment or service and its stacks',
  tool: 'iac',
  commands: ['copilot'],
  match(cmd: SimpleCommand): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: ['-n', '--name', '-e', '--env', '-a', '--app', '--profile'] });
    const [noun, verb] = parsed.positionals;
    if (verb !== 'delete' || (noun !== 'app' && noun !== 'env' && noun !== 'svc' && noun !== 'job' && noun !== 'pipeline')) return undefined;
    if (noun === 'pipeline') return undefined;
    const target = optionValue(parsed, '-n', '--name') ?? (noun === 'env' ? optionValue(parsed, '-e', '--env') : undefined) ?? optionValue(parsed, '-a', '--app') ?? noun;
    return finish(parsed, target, [...optionHints(parsed, 'flag', '-e', '--env'), ...optionHints(parsed, 'context', '--profile')]);
  },
};

export const ebTerminate: Rule = {
  id: 'iac/eb-terminate',
  severity: 'high',
  verdict: 'confirm',
  reason: 'eb terminate deletes the Elastic Beanstalk environment and its instances (and a coupled database)',
  tool: 'iac',
  commands: ['eb'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: ['--profile', '-r', '--region', '--timeout'] });
    if (parsed.positionals[0] !== 'terminate') return undefined;
    const env = parsed.positionals[1];
    const target = hasOption(parsed, '--all') ? 'all environments' : env ?? cwdName(ctx.cwd);
    return finish(parsed, target, [...optionHints(parsed, 'context', '--profile'), ...(env ? [{ kind: 'flag' as const, value: env, label: `from environment ${env}` }] : [])]);
  },
};
