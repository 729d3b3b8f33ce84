// Heroku's colon topics: apps:destroy, pg:reset, addons:destroy, pg:backups:delete, spaces:destroy.
// Deletes of configuration (domains, certs, config vars, collaborators, keys, drains) are allowed.

import type { SimpleCommand } from '../../model/command';
import { optionValue, parseArgs } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, DELETING_VERBS, nameOrCount } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';

const VALUED = ['-a', '--app', '-r', '--remote', '--confirm', '-s', '--space', '--team', '-t'];
const DATA_TOPICS = new Set(['apps', 'pg', 'addons', 'spaces', 'redis', 'data', 'postgres']);

export const herokuDestroy: Rule = {
  id: 'heroku/destroy',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'this Heroku command permanently destroys an app, database or add-on and its data',
  safer: 'heroku pg:backups:capture before resetting or destroying a database',
  tool: 'heroku',
  commands: ['heroku'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: VALUED });
    const [command, ...rest] = parsed.positionals;
    if (command === undefined) return undefined;
    const parts = command.toLowerCase().split(':');
    const verb = parts[parts.length - 1] as string;
    const topic = parts.length > 1 ? (parts[0] as string) : 'apps';
    if (!DELETING_VERBS.has(verb) || !DATA_TOPICS.has(topic)) return undefined;
    const app = optionValue(parsed, '-a', '--app') ?? optionValue(parsed, '--confirm');
    let target: string | undefined;
    if (topic === 'addons' || (topic === 'pg' && parts[1] === 'backups') || topic === 'spaces') target = nameOrCount(rest, topic === 'addons' ? 'add-ons' : 'items') ?? optionValue(parsed, '-s', '--space');
    else if (topic === 'apps') target = app ?? rest[0];
    else target = app ?? rest[0];
    target ??= app ?? cwdName(ctx.cwd);
    const preAnswered = consentGiven(parsed, ['--confirm', '-f', '--force']);
    return {
      target,
      reason: `heroku ${command} permanently ${verb === 'reset' ? 'erases every table of the database' : `deletes the ${topic === 'apps' ? 'app and its add-ons' : topic === 'addons' ? 'add-on and its data' : 'resource'}`}`,
      hints: [...optionHints(parsed, 'flag', '-a', '--app'), ...optionHints(parsed, 'context', '-r', '--remote'), ...resourceHint(target, topic === 'apps' ? 'app' : 'resource')],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
