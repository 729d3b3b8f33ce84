// helmfile destroy (and delete) uninstalls every release the helmfile selects.

import type { SimpleCommand } from '../../model/command';
import { parseArgs, optionValue } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { cwdName } from '../platforms/deletingVerb';
import { optionHints } from '../platforms/evidence';

const VALUED = ['-e', '--environment', '-f', '--file', '-l', '--selector', '-n', '--namespace', '--kube-context', '-b', '--helm-binary', '--state-values-set', '--state-values-file', '--chart', '-c'];

export const helmfileDestroy: Rule = {
  id: 'kubernetes/helmfile-destroy',
  severity: 'high',
  verdict: 'confirm',
  reason: 'helmfile destroy uninstalls every release of the helmfile',
  safer: 'helmfile diff, then destroy one release with --selector',
  tool: 'kubernetes',
  commands: ['helmfile'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
    const verb = parsed.positionals[0];
    if (verb !== 'destroy' && verb !== 'delete') return undefined;
    const target = optionValue(parsed, '-l', '--selector') ?? optionValue(parsed, '-e', '--environment') ?? cwdName(ctx.cwd);
    return {
      target,
      hints: [...optionHints(parsed, 'flag', '-e', '--environment'), ...optionHints(parsed, 'context', '--kube-context')],
    };
  },
};
