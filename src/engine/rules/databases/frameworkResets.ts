// ORM and migration tools whose commands drop, wipe or roll back a whole database: `rails db:drop`,
// `manage.py flush`, `prisma migrate reset`, `artisan migrate:fresh`, `mix ecto.reset`, `flyway clean`...
// Each tool is one rule with its own id; the table below says which subcommands destroy, and which flags
// carry environment evidence. Consent flags (`--force`, `--yes`, `--noinput`) are reported, never obeyed.

import type { SimpleCommand } from '../../model/command';
import { parseArgs, preAnswered, type ParsedArgs } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { HintList, readConnectionUrl } from './databaseHints';

interface Destroyer {
  /** What it does, for the dialog. */
  reason: string;
}

interface FrameworkSpec {
  id: string;
  /** Command names that run this tool (after the shell reader's unwrapping). */
  commands: readonly string[];
  /** Names that may appear as the first argument of a package runner (`yarn prisma`, `php artisan`, `python manage.py`). */
  runnerArg?: readonly string[];
  valued: readonly string[];
  reason: string;
  safer?: string;
  /** Given the positionals (subcommand words) and options, the destroying action, if any. */
  destroys(words: readonly string[], parsed: ParsedArgs): Destroyer | undefined;
  /** Options naming the environment or a database URL. */
  envFlags?: readonly string[];
  urlFlags?: readonly string[];
  consent?: readonly string[];
  /** Local development stack unless a remote flag is given (supabase without --linked/--db-url). */
  localUnless?: readonly string[];
}

const RUNNERS = new Set(['yarn', 'pnpm', 'npm', 'bun', 'php', 'python', 'python3', 'py', 'uv', 'pipenv', 'poetry']);

const RAILS_DESTROYING: Readonly<Record<string, string>> = {
  'db:drop': 'drops the database',
  'db:drop:all': 'drops every database of every environment',
  'db:reset': 'drops and recreates the database',
  'db:purge': 'empties the database',
  'db:purge:all': 'empties every database',
  'db:schema:load': 'reloads the schema, recreating every table empty',
  'db:structure:load': 'reloads the structure, recreating every table empty',
  'db:truncate_all': 'truncates every table',
  'db:migrate:reset': 'drops the database and migrates it from scratch',
  'db:seed:replant': 'truncates every table and reseeds',
  'db:setup': 'loads the schema over the database, recreating every table',
};

function subcommandIs(words: readonly string[], ...seq: string[]): boolean {
  return seq.every((s, i) => words[i] === s);
}

const SPECS: readonly FrameworkSpec[] = [
  {
    id: 'databases/rails-db-destroy',
    commands: ['rails', 'rake'],
    valued: ['-e', '--environment', '-f', '--rakefile', '-C', '--directory', '-j', '--jobs'],
    reason: 'the Rails database task drops or empties the database',
    safer: 'dump the database first (bin/rails db:schema:dump plus pg_dump/mysqldump)',
    destroys(words) {
      const task = words.find((w) => RAILS_DESTROYING[w.replace(/\[.*$/, '')] !== undefined || /^db:drop:/.test(w));
      if (task === undefined) return undefined;
      return { reason: `rails ${task} ${RAILS_DESTROYING[task] ?? 'drops a database'}` };
    },
    envFlags: ['-e', '--environment'],
    consent: ['DISABLE_DATABASE_ENVIRONMENT_CHECK=1'],
  },
  {
    id: 'databases/django-flush',
    commands: ['manage.py', 'django-admin', 'django-admin.py'],
    runnerArg: ['manage.py', './manage.py'],
    valued: ['--settings', '--database', '--pythonpath', '-v', '--verbosity'],
    reason: 'deletes every row of every table (manage.py flush)',
    safer: 'dumpdata first, or flush a test database',
    destroys(words) {
      if (words[0] === 'flush') return { reason: 'manage.py flush deletes every row of every table' };
      if (words[0] === 'reset_db') return { reason: 'manage.py reset_db drops and recreates the database' };
      if (words[0] === 'migrate' && words[2] === 'zero') return { reason: `manage.py migrate ${words[1] ?? ''} zero unapplies every migration of the app, dropping its tables` };
      return undefined;
    },
    envFlags: ['--settings', '--database'],
    consent: ['--noinput', '--no-input'],
  },
  {
    id: 'databases/prisma-reset',
    commands: ['prisma'],
    runnerArg: ['prisma'],
    valued: ['--schema', '--url', '--config'],
    reason: 'Prisma drops and recreates the database',
    safer: 'prisma migrate dev (which asks before resetting) or a backup first',
    destroys(words, parsed) {
      if (subcommandIs(words, 'migrate', 'reset')) return { reason: 'prisma migrate reset drops the database and reapplies every migration' };
      if (subcommandIs(words, 'db', 'push') && parsed.options.has('--force-reset')) return { reason: 'prisma db push --force-reset drops the database before pushing the schema' };
      if (subcommandIs(words, 'db', 'push') && parsed.options.has('--accept-data-loss')) return { reason: 'prisma db push --accept-data-loss applies changes that drop columns or tables' };
      return undefined;
    },
    urlFlags: ['--url'],
    consent: ['--skip-seed', '--skip-generate', '--force-reset', '--accept-data-loss'],
  },
  {
    id: 'databases/supabase-db-reset',
    commands: ['supabase'],
    runnerArg: ['supabase'],
    valued: ['--project-ref', '--db-url', '--workdir', '--version', '--profile', '-o', '--output'],
    reason: 'resets the Supabase database: every table is dropped and migrations are reapplied',
    destroys(words, parsed) {
      if (subcommandIs(words, 'db', 'reset')) return { reason: 'supabase db reset drops the database and reapplies migrations and seed' };
      if (subcommandIs(words, 'migration', 'down')) return { reason: 'supabase migration down reverts migrations and resets the database' };
      if (subcommandIs(words, 'stop') && parsed.options.has('--no-backup')) return { reason: 'supabase stop --no-backup deletes the local database volumes' };
      return undefined;
    },
    urlFlags: ['--db-url'],
    envFlags: ['--project-ref'],
    localUnless: ['--linked', '--db-url', '--project-ref'],
  },
  {
    id: 'databases/sequelize-drop',
    commands: ['sequelize', 'sequelize-cli'],
    runnerArg: ['sequelize', 'sequelize-cli'],
    valued: ['--env', '--url', '--config', '--to', '--from', '--name', '--migrations-path', '--seeders-path', '--models-path'],
    reason: 'drops the database or reverts every migration',
    destroys(words, parsed) {
      if (words[0] === 'db:drop') return { reason: 'sequelize db:drop drops the database' };
      if (words[0] === 'db:migrate:undo:all') return { reason: 'sequelize db:migrate:undo:all reverts every migration' };
      if (words[0] === 'db:migrate:undo' && parsed.options.get('--to') === '0') return { reason: 'sequelize db:migrate:undo --to 0 reverts every migration' };
      return undefined;
    },
    envFlags: ['--env'],
    urlFlags: ['--url'],
  },
  {
    id: 'databases/knex-rollback-all',
    commands: ['knex'],
    runnerArg: ['knex'],
    valued: ['--env', '--knexfile', '--cwd', '--specific', '--migrations-directory'],
    reason: 'rolls back every migration',
    destroys(words, parsed) {
      if (words[0] === 'migrate:rollback' && parsed.options.has('--all')) return { reason: 'knex migrate:rollback --all reverts every migration' };
      return undefined;
    },
    envFlags: ['--env'],
  },
  {
    id: 'databases/typeorm-schema-drop',
    commands: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'],
    runnerArg: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'],
    valued: ['-d', '--dataSource', '--connection', '-c'],
    reason: 'drops every table of the database',
    destroys(words) {
      return words[0] === 'schema:drop' ? { reason: 'typeorm schema:drop drops every table' } : undefined;
    },
  },
  {
    id: 'databases/drizzle-drop',
    commands: ['drizzle-kit'],
    runnerArg: ['drizzle-kit'],
    valued: ['--config', '--out', '--dialect', '--schema'],
    reason: 'drizzle-kit removes a migration or pushes changes that drop data',
    destroys(words, parsed) {
      if (words[0] === 'drop') return { reason: 'drizzle-kit drop deletes a generated migration' };
      if (words[0] === 'push' && parsed.options.has('--force')) return { reason: 'drizzle-kit push --force applies data-loss statements without asking' };
      return undefined;
    },
  },
  {
    id: 'databases/diesel-reset',
    commands: ['diesel'],
    valued: ['--database-url', '--migration-dir', '--config-file'],
    reason: 'drops and recreates the database or reverts every migration',
    destroys(words, parsed) {
      if (subcommandIs(words, 'database', 'reset')) return { reason: 'diesel database reset drops and recreates the database' };
      if (subcommandIs(words, 'database', 'drop')) return { reason: 'diesel database drop drops the database' };
      if (subcommandIs(words, 'migration', 'revert') && parsed.options.has('--all')) return { reason: 'diesel migration revert --all reverts every migration' };
      return undefined;
    },
    urlFlags: ['--database-url'],
  },
  {
    id: 'databases/sqlx-drop',
    commands: ['sqlx', 'cargo-sqlx'],
    valued: ['-D', '--database-url', '--source', '--connect-timeout'],
    reason: 'drops the database',
    destroys(words) {
      if (subcommandIs(words, 'database', 'drop')) return { reason: 'sqlx database drop drops the database' };
      if (subcommandIs(words, 'database', 'reset')) return { reason: 'sqlx database reset drops and recreates the database' };
      return undefined;
    },
    urlFlags: ['-D', '--database-url'],
    consent: ['-y'],
  },
  {
    id: 'databases/alembic-downgrade-base',
    commands: ['alembic'],
    valued: ['-c', '--config', '-n', '--name', '-x'],
    reason: 'reverts every migration',
    destroys(words) {
      return words[0] === 'downgrade' && words[1] === 'base' ? { reason: 'alembic downgrade base reverts every migration' } : undefined;
    },
  },
  {
    id: 'databases/migration-tool-reset',
    commands: ['dbmate', 'flyway', 'liquibase', 'goose', 'migrate', 'atlas', 'sqitch'],
    valued: ['-u', '--url', '-e', '--env', '-d', '--migrations-dir', '-database', '-path', '-source', '--dir', '--env-file', '--changelog-file', '--username', '--password', '--target', '--to'],
    reason: 'the migration tool drops the schema or reverts every migration',
    destroys(words, parsed) {
      // Reached through the `commands` list, the tool name is prepended by the rule (see below).
      const [tool, ...rest] = words;
      const sub = rest[0];
      switch (tool) {
        case 'dbmate':
          return sub === 'drop' ? { reason: 'dbmate drop drops the database' } : undefined;
        case 'flyway':
          return sub === 'clean' ? { reason: 'flyway clean drops every object in the configured schemas' } : undefined;
        case 'liquibase':
          return sub === 'drop-all' || sub === 'dropAll' ? { reason: 'liquibase drop-all drops every object in the schema' } : undefined;
        case 'goose':
          // goose [OPTIONS] DRIVER DBSTRING COMMAND
          if (rest.includes('reset')) return { reason: 'goose reset rolls back every migration' };
          if (rest.includes('down-to') && rest[rest.indexOf('down-to') + 1] === '0') return { reason: 'goose down-to 0 rolls back every migration' };
          return undefined;
        case 'migrate':
          if (sub === 'drop') return { reason: 'migrate drop drops everything in the database' };
          if (sub === 'down' && (rest[1] === undefined || parsed.options.has('-all'))) return { reason: 'migrate down applies every down migration' };
          return undefined;
        case 'atlas':
          return sub === 'schema' && rest[1] === 'clean' ? { reason: 'atlas schema clean drops every object in the schema' } : undefined;
        case 'sqitch':
          return sub === 'revert' && !parsed.options.has('--to') && rest[1] === undefined ? { reason: 'sqitch revert reverts every change' } : undefined;
        default:
          return undefined;
      }
    },
    urlFlags: ['-u', '--url', '-database', '--database-url'],
    consent: ['-y', '--yes', '-f', '--force'],
  },
  {
    id: 'databases/artisan-wipe',
    commands: ['artisan'],
    runnerArg: ['artisan'],
    valued: ['--database', '--env', '--path', '--seeder'],
    reason: 'drops every table of the database',
    safer: 'php artisan migrate (without fresh/reset), or a backup first',
    destroys(words) {
      const w = words[0];
      if (w === 'migrate:fresh') return { reason: 'artisan migrate:fresh drops every table and migrates from scratch' };
      if (w === 'migrate:reset') return { reason: 'artisan migrate:reset reverts every migration' };
      if (w === 'migrate:refresh') return { reason: 'artisan migrate:refresh reverts every migration and migrates again' };
      if (w === 'db:wipe') return { reason: 'artisan db:wipe drops every table, view and type' };
      return undefined;
    },
    envFlags: ['--env', '--database'],
    consent: ['--force'],
  },
  {
    id: 'databases/ecto-drop',
    commands: ['mix'],
    valued: ['-r', '--repo'],
    reason: 'drops the Ecto repository database',
    destroys(words, parsed) {
      const w = words[0];
      if (w === 'ecto.drop') return { reason: 'mix ecto.drop drops the database' };
      if (w === 'ecto.reset') return { reason: 'mix ecto.reset drops and recreates the database' };
      if (w === 'ecto.rollback' && parsed.options.has('--all')) return { reason: 'mix ecto.rollback --all reverts every migration' };
      return undefined;
    },
    consent: ['--force'],
  },
  {
    id: 'databases/ef-database-drop',
    commands: ['dotnet', 'dotnet-ef'],
    valued: ['-c', '--context', '-p', '--project', '-s', '--startup-project', '--connection', '--configuration', '--framework', '--runtime'],
    reason: 'drops the Entity Framework database',
    destroys(words) {
      const w = words[0] === 'ef' ? words.slice(1) : words;
      if (subcommandIs(w, 'database', 'drop')) return { reason: 'dotnet ef database drop drops the database' };
      if (subcommandIs(w, 'database', 'update') && w[2] === '0') return { reason: 'dotnet ef database update 0 reverts every migration' };
      return undefined;
    },
    urlFlags: ['--connection'],
    consent: ['-f', '--force'],
  },
];

/** The tool's own words: `yarn prisma x` → `prisma x`, `php artisan x` → `artisan x`, `python manage.py x` → `manage.py x`. */
function toolWords(cmd: SimpleCommand, spec: FrameworkSpec): string[] | undefined {
  const words = cmd.args.map((a) => a.value);
  if (spec.commands.includes(cmd.name) && !RUNNERS.has(cmd.name)) {
    return spec.id === 'databases/migration-tool-reset' ? [cmd.name, ...words] : words;
  }
  if (!RUNNERS.has(cmd.name) || spec.runnerArg === undefined) return undefined;
  // `npm exec prisma -- x`, `npm run`, `uv run`, `poetry run python manage.py`: skip runner words.
  let k = 0;
  while (k < words.length && (words[k] === 'run' || words[k] === 'exec' || words[k] === 'x' || words[k] === 'dlx' || words[k] === 'python' || words[k] === 'python3' || (words[k] ?? '').startsWith('-'))) k++;
  const first = words[k];
  if (first === undefined) return undefined;
  const base = first.split('/').pop() ?? first;
  if (!spec.runnerArg.some((r) => r === first || r === base)) return undefined;
  return words.slice(k + 1).filter((w, i) => !(i === 0 && w === '--'));
}

function frameworkRule(spec: FrameworkSpec): Rule {
  const commands = [...new Set([...spec.commands, ...(spec.runnerArg ? [...RUNNERS] : [])])];
  const rule: Rule = {
    id: spec.id,
    severity: 'critical',
    verdict: 'confirm',
    reason: spec.reason,
    tool: 'framework',
    commands,
    match(cmd, ctx): Hit | undefined {
      const words = toolWords(cmd, spec);
      if (words === undefined) return undefined;
      const parsed = parseArgs(words, { valued: spec.valued, singleDashLong: spec.id === 'databases/migration-tool-reset' && cmd.name === 'migrate' });
      // `rails db:drop RAILS_ENV=production`: rake-style assignments among the arguments.
      const assigns = parsed.positionals.filter((p) => /^[A-Z_][A-Z0-9_]*=/.test(p));
      const positionals = parsed.positionals.filter((p) => !/^[A-Z_][A-Z0-9_]*=/.test(p));
      const destroyer = spec.destroys(positionals, parsed);
      if (destroyer === undefined) return undefined;
      const hints = new HintList();
      for (const a of assigns) {
        const [k, v] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
        if (k === 'DATABASE_URL') hints.connection(v, k);
        else if (/ENV$/.test(k)) hints.context(v, `from ${k}=${v} (an argument of the task)`);
      }
      for (const f of spec.envFlags ?? []) {
        const v = parsed.options.get(f);
        if (typeof v === 'string') hints.context(v, `from ${f} ${v}`);
      }
      let database: string | undefined;
      for (const f of spec.urlFlags ?? []) {
        const v = parsed.options.get(f);
        if (typeof v === 'string') database = hints.connection(v, f)?.database ?? database;
      }
      if (spec.localUnless !== undefined && !spec.localUnless.some((f) => parsed.options.has(f))) {
        hints.context('local', 'from the command: no --linked or --db-url, so the local development stack');
      }
      const consent = [...preAnswered(parsed, spec.consent?.filter((c) => c.startsWith('-')) ?? []), ...assigns.filter((a) => spec.consent?.includes(a))];
      const hit: Hit = { target: targetOf(cmd, ctx, database), reason: destroyer.reason, hints: hints.hints };
      if (consent.length > 0) hit.preAnswered = [...new Set(consent)];
      return hit;
    },
  };
  return spec.safer === undefined ? rule : { ...rule, safer: spec.safer };
}

/**
 * What the human types: the database when the line names it (a URL flag or DATABASE_URL on the command),
 * else the project whose database it is (the working folder's name).
 */
function targetOf(cmd: SimpleCommand, ctx: RuleContext, database: string | undefined): string {
  if (database !== undefined && database !== '') return database;
  const url = cmd.assigns['DATABASE_URL'] ?? ctx.input.env['DATABASE_URL'];
  const fromUrl = url === undefined ? undefined : readConnectionUrl(url)?.database;
  if (fromUrl !== undefined && fromUrl !== '') return fromUrl;
  const folder = ctx.cwd.replace(/\/+$/, '').split('/').pop();
  return folder !== undefined && folder !== '' ? folder : 'database';
}

export const frameworkResetRules: readonly Rule[] = SPECS.map(frameworkRule);

