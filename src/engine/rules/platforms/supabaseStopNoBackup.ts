// `supabase stop --no-backup` deletes the local stack's database volumes: compose down -v for Supabase.

import type { SimpleCommand } from '../../model/command';
import { hasOption, parseArgs } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { cwdName } from './deletingVerb';

export const supabaseStopNoBackup: Rule = {
  id: 'platforms/supabase-stop-no-backup',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'supabase stop --no-backup deletes the local database volumes and their data',
  safer: 'supabase stop (without --no-backup) keeps the data',
  tool: 'containers',
  commands: ['supabase'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: ['--project-id', '--workdir'] });
    if (parsed.positionals[0] !== 'stop' || !hasOption(parsed, '--no-backup')) return undefined;
    return { target: hasOption(parsed, '--all') ? 'all local projects' : cwdName(ctx.cwd) };
  },
};
