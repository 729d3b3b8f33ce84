// Restores that drop what exists first: `pg_restore --clean` (DROP before CREATE) and `mongorestore --drop`.

import { parseArgs, preAnswered } from '../args';
import type { Hit, Rule } from '../rule';
import { HintList } from './databaseHints';

export const restoreWithDropRule: Rule = {
  id: 'databases/restore-clean',
  severity: 'high',
  verdict: 'confirm',
  reason: 'the restore drops the existing objects before recreating them from the archive',
  safer: 'restore into a new database and switch over once it is checked',
  tool: 'sql',
  commands: ['pg_restore', 'mongorestore'],
  match(cmd): Hit | undefined {
    const words = cmd.args.map((a) => a.value);
    const hints = new HintList();
    if (cmd.name === 'pg_restore') {
      const parsed = parseArgs(words, { valued: ['-d', '--dbname', '-h', '--host', '-p', '--port', '-U', '--username', '-F', '--format', '-f', '--file', '-j', '--jobs', '-n', '--schema', '-N', '--exclude-schema', '-t', '--table', '-T', '--trigger', '-I', '--index', '-P', '--function', '-L', '--use-list', '-S', '--superuser', '--role'] });
      if (!parsed.options.has('-c') && !parsed.options.has('--clean')) return undefined;
      // Without -d pg_restore only writes the SQL script out; nothing is dropped.
      const db = parsed.all.get('-d')?.[0] ?? parsed.all.get('--dbname')?.[0];
      hints.host(parsed.all.get('-h')?.[0] ?? parsed.all.get('--host')?.[0], '-h');
      const facts = hints.connection(db, '-d');
      const target = facts?.database ?? db ?? parsed.positionals[0] ?? 'pg_restore';
      return { target, hints: hints.hints, preAnswered: preAnswered(parsed) };
    }
    const parsed = parseArgs(words, { valued: ['-d', '--db', '-c', '--collection', '-h', '--host', '--port', '-u', '--username', '-p', '--password', '--uri', '--authenticationDatabase', '--archive', '--nsInclude', '--nsExclude', '--nsFrom', '--nsTo', '-j', '--numParallelCollections', '--dir'] });
    if (!parsed.options.has('--drop')) return undefined;
    hints.host(parsed.all.get('-h')?.[0] ?? parsed.all.get('--host')?.[0], '--host');
    const uri = hints.connection(parsed.all.get('--uri')?.[0], '--uri');
    const db = parsed.all.get('-d')?.[0] ?? parsed.all.get('--db')?.[0] ?? uri?.database;
    hints.database(db, '--db');
    const collection = parsed.all.get('-c')?.[0] ?? parsed.all.get('--collection')?.[0];
    const target = db !== undefined ? (collection ? `${db}.${collection}` : db) : (parsed.positionals[0] ?? parsed.all.get('--dir')?.[0] ?? 'mongorestore');
    return { target, hints: hints.hints };
  },
};
