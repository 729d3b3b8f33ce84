// Client programs whose whole job is to drop something: dropdb, dropuser, mysqladmin drop, pg_dropcluster.

import { parseArgs, preAnswered } from '../args';
import type { Hit, Rule } from '../rule';
import { HintList } from './databaseHints';

const PG_VALUED = ['-h', '--host', '-p', '--port', '-U', '--username', '--maintenance-db'];

export const dropdbRule: Rule = {
  id: 'databases/dropdb',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'dropdb removes a PostgreSQL database and all its data',
  safer: 'pg_dump the database first',
  tool: 'sql',
  commands: ['dropdb'],
  match(cmd): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: PG_VALUED });
    const hints = new HintList();
    hints.host(parsed.all.get('-h')?.[0] ?? parsed.all.get('--host')?.[0], '-h');
    const db = parsed.positionals[0];
    hints.database(db, 'the dropped');
    if (parsed.options.has('--help') || parsed.options.has('-?') || parsed.options.has('-V') || parsed.options.has('--version')) return undefined;
    return { target: db ?? 'dropdb', reason: db ? `dropdb removes the database ${db} and all its data` : undefined, hints: hints.hints, preAnswered: preAnswered(parsed, ['--force']) };
  },
};

export const dropuserRule: Rule = {
  id: 'databases/dropuser',
  severity: 'high',
  verdict: 'confirm',
  reason: 'dropuser removes a PostgreSQL role',
  tool: 'sql',
  commands: ['dropuser'],
  match(cmd): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: PG_VALUED });
    if (parsed.options.has('--help') || parsed.options.has('-?') || parsed.options.has('-V') || parsed.options.has('--version')) return undefined;
    const hints = new HintList();
    hints.host(parsed.all.get('-h')?.[0] ?? parsed.all.get('--host')?.[0], '-h');
    const role = parsed.positionals[0];
    // Without a name dropuser asks for one: the dialog can only name the program.
    return { target: role ?? 'dropuser', hints: hints.hints };
  },
};

export const mysqladminDropRule: Rule = {
  id: 'databases/mysqladmin-drop',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'mysqladmin drop removes a MySQL database and all its data',
  safer: 'mysqldump the database first',
  tool: 'sql',
  commands: ['mysqladmin', 'mariadb-admin'],
  match(cmd): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: ['-h', '--host', '-u', '--user', '-P', '--port', '-S', '--socket', '-i', '--sleep', '-c', '--count', '--defaults-file', '--login-path'] });
    const at = parsed.positionals.findIndex((p) => p.toLowerCase() === 'drop');
    if (at < 0) return undefined;
    const db = parsed.positionals[at + 1];
    const hints = new HintList();
    hints.host(parsed.all.get('-h')?.[0] ?? parsed.all.get('--host')?.[0], '-h');
    hints.database(db, 'the dropped');
    return { target: db ?? 'mysqladmin drop', reason: db ? `mysqladmin drop removes the database ${db} and all its data` : undefined, hints: hints.hints, preAnswered: preAnswered(parsed) };
  },
};

export const pgDropclusterRule: Rule = {
  id: 'databases/pg-dropcluster',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'pg_dropcluster deletes a PostgreSQL cluster and its data directory',
  tool: 'sql',
  commands: ['pg_dropcluster'],
  match(cmd): Hit | undefined {
    const parsed = parseArgs(cmd.args.map((a) => a.value));
    const [version, cluster] = parsed.positionals;
    if (version === undefined) return undefined;
    return { target: cluster === undefined ? version : `${version}/${cluster}`, hints: cluster ? [{ kind: 'context', value: cluster, label: `from cluster name ${cluster}` }] : [] };
  },
};
