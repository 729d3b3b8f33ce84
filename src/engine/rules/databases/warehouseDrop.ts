// Data warehouse CLIs whose delete verbs are not SQL: `bq rm` (a BigQuery table, view or dataset) and the
// Snowflake CLI's `snow ... drop` (`snow object drop table t`, `snow stage drop s`).

import { parseArgs, preAnswered } from '../args';
import type { Hit, Rule } from '../rule';
import { HintList } from './databaseHints';

export const warehouseDropRule: Rule = {
  id: 'databases/warehouse-drop',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'deletes a warehouse dataset, table or object and its data',
  tool: 'sql',
  commands: ['bq', 'snow'],
  match(cmd): Hit | undefined {
    const words = cmd.args.map((a) => a.value);
    if (cmd.name === 'bq') {
      const parsed = parseArgs(words, { valued: ['--project_id', '--location', '--dataset_id', '--api', '--format'] });
      if (parsed.positionals[0] !== 'rm') return undefined;
      const what = parsed.positionals[1];
      const hints = new HintList();
      hints.context(parsed.all.get('--project_id')?.[0], `from --project_id ${parsed.all.get('--project_id')?.[0] ?? ''}`);
      const recursive = parsed.options.has('-r') || parsed.options.has('--recursive');
      const target = what ?? 'bq rm';
      hints.context(what, `from the deleted name ${target}`);
      return { target, reason: recursive ? `bq rm -r deletes the dataset ${target} and every table in it` : `bq rm deletes ${target}`, hints: hints.hints, preAnswered: preAnswered(parsed) };
    }
    // snow [global options] <group...> drop [<kind>] <name>
    const parsed = parseArgs(words, { valued: ['-c', '--connection', '--database', '--schema', '--role', '--warehouse', '--account', '--format'] });
    // `snow app teardown` drops the application object and, with --cascade, what it owns.
    const at = parsed.positionals.findIndex((p) => p === 'drop' || p === 'teardown');
    if (at < 0) return undefined;
    const rest = parsed.positionals.slice(at + 1);
    const name = rest[rest.length - 1] ?? (parsed.positionals[at] === 'teardown' ? parsed.positionals.slice(0, at).join(' ') : undefined);
    const hints = new HintList();
    const conn = parsed.all.get('-c')?.[0] ?? parsed.all.get('--connection')?.[0];
    hints.context(conn, `from --connection ${conn ?? ''}`);
    hints.context(name, `from the dropped name ${name ?? ''}`);
    return { target: name ?? 'snow drop', reason: `snow ${parsed.positionals.slice(0, at + 1).join(' ')} ${rest.join(' ')} drops a Snowflake object`, hints: hints.hints, preAnswered: preAnswered(parsed) };
  },
};
