// Where SQL appears on a command line: the client's own options (`psql -c`, `mysql -e`, `sqlite3 db "SQL"`,
// `clickhouse-client -q`...), script files it is told to run (`-f file`, `\i file`, `.read file`), and what
// reaches its standard input (piped echo/printf text, heredocs, here-strings, `< file.sql`).
// Files are read through the caller's reader; a file that cannot be read has nothing to gate in it.

import type { SimpleCommand } from '../../model/command';
import type { SqlDialect } from '../../parse/sql/lexSql';
import { resolvePath } from '../../resolve/paths';
import { parseArgs } from '../args';
import type { EnvHint, RuleContext } from '../rule';
import { classifySql, type SqlHit } from './classifySql';
import { HintList } from './databaseHints';

export interface SqlText {
  text: string;
  dialect: SqlDialect;
  /** Where it came from, for the dialog: `-c`, `heredoc`, `file x.sql`. */
  from: string;
}

export interface SqlOfCommand {
  /** The client as the user knows it: `psql`, `clickhouse client`, `cockroach sql`. */
  client: string;
  texts: SqlText[];
  hints: EnvHint[];
}

interface ClientSpec {
  dialect: SqlDialect;
  valued: readonly string[];
  singleDashLong?: boolean;
  /** Options whose values are SQL text. */
  sql?: readonly string[];
  /** Options whose values are script files. */
  files?: readonly string[];
  /** Options naming a host, and options naming a database (or holding a URL / conninfo). */
  hosts?: readonly string[];
  databases?: readonly string[];
  /** How positionals are read: database name(s) only, or a database file followed by SQL. */
  positionals?: 'database' | 'file-then-sql' | 'sql' | 'host';
  /** Skip this many leading positionals (the subcommand: `cockroach sql`, `bq query`). */
  subcommand?: string;
}

const PSQL: ClientSpec = {
  dialect: 'postgres',
  valued: ['-c', '--command', '-d', '--dbname', '-f', '--file', '-h', '--host', '-p', '--port', '-U', '--username', '-v', '--set', '--variable', '-P', '--pset', '-o', '--output', '-L', '--log-file', '-T', '--table-attr', '-F', '--field-separator', '-R', '--record-separator'],
  sql: ['-c', '--command'],
  files: ['-f', '--file'],
  hosts: ['-h', '--host'],
  databases: ['-d', '--dbname'],
  positionals: 'database',
};

const MYSQL: ClientSpec = {
  dialect: 'mysql',
  valued: ['-e', '--execute', '-D', '--database', '-h', '--host', '-u', '--user', '-P', '--port', '-S', '--socket', '--init-command', '--default-character-set', '--login-path', '--defaults-file', '--defaults-extra-file', '--protocol', '--ssl-ca', '--ssl-cert', '--ssl-key', '--ssl-mode', '--tee', '--pager', '--delimiter'],
  sql: ['-e', '--execute', '--init-command'],
  hosts: ['-h', '--host'],
  databases: ['-D', '--database'],
  positionals: 'database',
};

const SQLITE: ClientSpec = {
  dialect: 'sqlite',
  singleDashLong: true,
  valued: ['-cmd', '--cmd', '-init', '--init', '-separator', '--separator', '-newline', '--newline', '-nullvalue', '--nullvalue', '-vfs', '--vfs', '-lookaside', '-pagecache', '-maxsize', '-mmap', '-heap', '-escape', '-c', '-f', '-s'],
  sql: ['-cmd', '--cmd', '-c', '-s'],
  files: ['-init', '--init', '-f'],
  positionals: 'file-then-sql',
};

const CLICKHOUSE: ClientSpec = {
  dialect: 'clickhouse',
  valued: ['-q', '--query', '-h', '--host', '--port', '-u', '--user', '--password', '-d', '--database', '--queries-file', '-f', '--format', '--config-file', '-C', '--history_file'],
  sql: ['-q', '--query'],
  files: ['--queries-file'],
  hosts: ['-h', '--host'],
  databases: ['-d', '--database'],
};

const COCKROACH: ClientSpec = {
  dialect: 'postgres',
  subcommand: 'sql',
  valued: ['-e', '--execute', '--url', '--host', '-d', '--database', '-f', '--file', '-u', '--user', '--certs-dir', '--format', '--port', '--set'],
  sql: ['-e', '--execute'],
  files: ['-f', '--file'],
  hosts: ['--host', '--url'],
  databases: ['-d', '--database'],
};

const GENERIC_E: ClientSpec = {
  dialect: 'generic',
  valued: ['-e', '--execute', '-f', '--file', '-h', '--host', '-d', '--database', '-u', '--user', '--hiveconf', '--hivevar', '-i', '--server', '--catalog', '--schema', '-k', '--keyspace', '-p', '--port', '--url', '-n'],
  sql: ['-e', '--execute'],
  files: ['-f', '--file'],
  hosts: ['-h', '--host', '--server', '--url'],
  databases: ['-d', '--database', '-k', '--keyspace', '--schema'],
};

const SPECS: Readonly<Record<string, ClientSpec>> = {
  psql: PSQL,
  mysql: MYSQL,
  mariadb: MYSQL,
  mycli: { ...MYSQL, positionals: 'database' },
  sqlite3: SQLITE,
  sqlite: SQLITE,
  litecli: { ...SQLITE, singleDashLong: false, valued: ['-e', '--execute'], sql: ['-e', '--execute'], files: [] },
  duckdb: SQLITE,
  'clickhouse-client': CLICKHOUSE,
  'clickhouse-local': CLICKHOUSE,
  clickhouse: { ...CLICKHOUSE, subcommand: 'client|local' },
  chdb: CLICKHOUSE,
  cockroach: COCKROACH,
  snowsql: {
    dialect: 'generic',
    valued: ['-q', '--query', '-f', '--filename', '-d', '--dbname', '-s', '--schemaname', '-a', '--accountname', '-c', '--connection', '-u', '--username', '-w', '--warehouse', '-r', '--rolename', '-o', '--option'],
    sql: ['-q', '--query'],
    files: ['-f', '--filename'],
    databases: ['-d', '--dbname'],
  },
  snow: { dialect: 'generic', subcommand: 'sql', valued: ['-q', '--query', '-f', '--filename', '-c', '--connection', '--database', '--schema'], sql: ['-q', '--query'], files: ['-f', '--filename'], databases: ['--database'] },
  bq: { dialect: 'generic', subcommand: 'query', valued: ['--project_id', '--dataset_id', '--location', '--destination_table', '--format', '-n', '--parameter', '--max_rows'], positionals: 'sql' },
  cqlsh: { ...GENERIC_E, positionals: 'host' },
  usql: { dialect: 'generic', valued: ['-c', '--command', '-f', '--file', '-o', '--out', '-v', '--set'], sql: ['-c', '--command'], files: ['-f', '--file'], positionals: 'database' },
  sqlcmd: { dialect: 'generic', singleDashLong: true, valued: ['-Q', '-q', '-i', '-S', '-d', '-U', '-P', '-o'], sql: ['-Q', '-q'], files: ['-i'], hosts: ['-S'], databases: ['-d'] },
  trino: GENERIC_E,
  presto: GENERIC_E,
  'spark-sql': GENERIC_E,
  hive: GENERIC_E,
  beeline: { ...GENERIC_E, valued: [...GENERIC_E.valued, '-u'], hosts: ['-u'] },
  'impala-shell': { ...GENERIC_E, valued: [...GENERIC_E.valued, '-q', '--query'], sql: ['-q', '--query'], hosts: ['-i'] },
  turso: { dialect: 'sqlite', subcommand: 'db', valued: ['--location', '--instance'], positionals: 'sql' },
};

/** Every command name that can carry SQL, for the rules' index. */
export const SQL_CLIENTS: readonly string[] = [...Object.keys(SPECS), 'supabase', 'heroku'];

export function sqlOfCommand(cmd: SimpleCommand, ctx: RuleContext): SqlOfCommand | undefined {
  let name = cmd.name;
  let words = cmd.args.map((a) => a.value);
  // `supabase db shell -- -c 'SQL'` and `heroku pg:psql -c 'SQL'` hand their options to psql.
  if (name === 'supabase') {
    const dash = words.indexOf('--');
    if (dash < 0 || !words.slice(0, dash).includes('db')) return undefined;
    name = 'psql';
    words = words.slice(dash + 1);
  } else if (name === 'heroku') {
    const at = words.indexOf('pg:psql');
    if (at < 0) return undefined;
    name = 'psql';
    words = words.slice(at + 1).filter((w, i, all) => !(w === '-a' || w === '--app' || all[i - 1] === '-a' || all[i - 1] === '--app' || w.startsWith('--app=')));
  }
  const spec = SPECS[name];
  if (spec === undefined) return undefined;
  let client = name;
  if (spec.subcommand !== undefined) {
    const allowed = spec.subcommand.split('|');
    const at = words.findIndex((w) => !w.startsWith('-'));
    if (at < 0 || !allowed.includes(words[at] as string)) return undefined;
    client = `${name} ${words[at] as string}`;
    words = [...words.slice(0, at), ...words.slice(at + 1)];
    // `turso db shell <db> [SQL]`
    if (name === 'turso') {
      if (words[at] !== 'shell') return undefined;
      words = [...words.slice(0, at), ...words.slice(at + 1)];
    }
  }
  const parsed = parseArgs(words, { valued: spec.valued, singleDashLong: spec.singleDashLong });
  const hints = new HintList();
  const texts: SqlText[] = [];
  const dialect = spec.dialect;
  const readFile = (path: string): string | undefined => {
    if (path === '-' || path === '/dev/stdin') return stdinText(cmd, ctx);
    const abs = resolvePath(path, { cwd: ctx.cwd, home: ctx.home, env: ctx.input.env });
    return abs === undefined ? undefined : ctx.input.readFile?.(abs);
  };

  for (const opt of spec.hosts ?? []) {
    for (const v of parsed.all.get(opt) ?? []) {
      if (v.includes('://')) hints.connection(v, opt);
      else hints.host(v, opt);
    }
  }
  for (const opt of spec.databases ?? []) for (const v of parsed.all.get(opt) ?? []) hints.connection(v, opt);
  if (name === 'cockroach') for (const v of parsed.all.get('--url') ?? []) hints.connection(v, '--url');

  let sqlGiven = false;
  for (const opt of spec.sql ?? []) {
    for (const v of parsed.all.get(opt) ?? []) {
      sqlGiven = true;
      texts.push({ text: v, dialect, from: opt });
    }
  }
  for (const opt of spec.files ?? []) {
    for (const v of parsed.all.get(opt) ?? []) {
      sqlGiven = true;
      const body = readFile(v);
      if (body !== undefined) texts.push({ text: body, dialect, from: `file ${v}` });
    }
  }
  const positionals = parsed.positionals;
  switch (spec.positionals) {
    case 'database':
      if (positionals[0] !== undefined) hints.connection(positionals[0], 'the database argument');
      break;
    case 'host':
      if (positionals[0] !== undefined) hints.host(positionals[0], 'the host argument');
      break;
    case 'file-then-sql':
      if (positionals[0] !== undefined) hints.path(positionals[0], `from database file ${positionals[0]}`);
      for (const v of positionals.slice(1)) {
        sqlGiven = true;
        texts.push({ text: v, dialect, from: 'argument' });
      }
      break;
    case 'sql':
      // turso: first positional is the database; bq: all positionals are the query.
      for (const v of name === 'turso' ? positionals.slice(1) : positionals) {
        sqlGiven = true;
        texts.push({ text: v, dialect, from: 'argument' });
      }
      if (name === 'turso' && positionals[0] !== undefined) hints.database(positionals[0], 'the database argument');
      break;
    default:
      break;
  }
  // With no SQL on the line, the client reads its standard input.
  if (!sqlGiven) {
    const body = stdinText(cmd, ctx);
    if (body !== undefined) texts.push({ text: body, dialect, from: cmd.stdin?.kind === 'file' ? `file ${cmd.stdin.path}` : (cmd.stdin?.kind === 'text' ? cmd.stdin.from : 'stdin') });
  }
  return { client, texts, hints: hints.hints };
}

function stdinText(cmd: SimpleCommand, ctx: RuleContext): string | undefined {
  const s = cmd.stdin;
  if (s === undefined) return undefined;
  if (s.kind === 'text') return s.text;
  if (s.kind === 'file') {
    const abs = resolvePath(s.path, { cwd: ctx.cwd, home: ctx.home, env: ctx.input.env });
    return abs === undefined ? undefined : ctx.input.readFile?.(abs);
  }
  return undefined;
}

/** Every gated statement in the SQL a command runs, with its environment evidence. */
export function sqlHitsOfCommand(cmd: SimpleCommand, ctx: RuleContext): { hits: SqlHit[]; hints: EnvHint[]; client: string } | undefined {
  const read = sqlOfCommand(cmd, ctx);
  if (read === undefined) return undefined;
  const hits: SqlHit[] = [];
  for (const t of read.texts) {
    const include = (path: string): string | undefined => {
      const abs = resolvePath(path, { cwd: ctx.cwd, home: ctx.home, env: ctx.input.env });
      return abs === undefined ? undefined : ctx.input.readFile?.(abs);
    };
    hits.push(...classifySql(t.text, { dialect: t.dialect, include }));
  }
  return { hits, hints: read.hints, client: read.client };
}

