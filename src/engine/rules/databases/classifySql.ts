// What in a piece of SQL destroys data, and what the human must type to let it run.
// Shared by every place SQL shows up: database clients on the command line (psql -c, heredocs, files),
// MCP database tools' arguments, and SQL embedded in interpreter code. Stable signature: other packs import it.

import type { SqlDialect } from '../../parse/sql/lexSql';
import { readSql, type SqlStatement } from '../../parse/sql/readSql';

export type SqlRuleId =
  | 'databases/sql-drop'
  | 'databases/sql-truncate'
  | 'databases/sql-delete-without-where'
  | 'databases/sql-update-without-where'
  | 'databases/sql-alter-drop'
  | 'databases/sql-drop-owned'
  | 'databases/sql-unreadable';

export const SQL_RULE_IDS: readonly SqlRuleId[] = [
  'databases/sql-drop',
  'databases/sql-truncate',
  'databases/sql-delete-without-where',
  'databases/sql-update-without-where',
  'databases/sql-alter-drop',
  'databases/sql-drop-owned',
  'databases/sql-unreadable',
];

export interface SqlHit {
  rule: SqlRuleId;
  /** Upper-cased verb: DROP, TRUNCATE, DELETE, UPDATE, ALTER, REASSIGN... */
  verb: string;
  /** Upper-cased object kind: TABLE, DATABASE, SCHEMA, MATERIALIZED VIEW, OWNED... */
  object?: string;
  /** What this one statement destroys, as written but unquoted (`public.users`). */
  target: string;
  /** One line a user understands. */
  reason: string;
  /** The statement as written (trimmed, shortened). */
  statement: string;
}

export interface ClassifySqlOptions {
  /** Which client will run it; unknown SQL is read every way that could hide a statement. */
  dialect?: SqlDialect;
  /**
   * Reads a script named inside the SQL (`\i file`, `\ir file`, `.read file`, `source file`), as given
   * (the caller resolves it against its working folder). Missing or unreadable: undefined, nothing to read.
   */
  include?: (path: string) => string | undefined;
}

/** How deep DO blocks, EXECUTE strings and included files are followed. */
const MAX_NESTING = 4;

export function classifySql(text: string, options: ClassifySqlOptions = {}): SqlHit[] {
  const hits: SqlHit[] = [];
  const seen = new Set<string>();
  const add = (h: SqlHit): void => {
    const key = `${h.rule}\u0000${h.target}\u0000${h.statement}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(h);
  };
  walk(text, options, 0, add);
  return hits;
}

function walk(text: string, options: ClassifySqlOptions, depth: number, add: (h: SqlHit) => void): void {
  const dialect = options.dialect ?? 'generic';
  // A backslash in '...' escapes in MySQL and not in standard SQL: when the client is unknown, read both ways,
  // since a wrong guess could end a string early or late and hide a statement.
  const readings = dialect === 'generic' ? (text.includes('\\') ? [false, true] : [false]) : [dialect === 'mysql'];
  for (const backslashEscapes of readings) {
    const reading = readSql(text, { dialect, backslashEscapes });
    for (const st of reading.statements) {
      for (const h of statementHits(st)) add(h);
      if (depth < MAX_NESTING) for (const inner of st.nested) walk(inner, { ...options, dialect: dialect === 'mysql' ? 'mysql' : 'generic' }, depth + 1, add);
    }
    if (options.include && depth < MAX_NESTING) {
      for (const meta of reading.metas) {
        if (!['i', 'ir', 'include', 'include_relative', 'read', 'source'].includes(meta.command)) continue;
        const file = meta.args[0];
        if (file === undefined) continue;
        const body = options.include(file);
        if (body !== undefined) walk(body, options, depth + 1, add);
      }
    }
  }
}

function statementHits(st: SqlStatement): SqlHit[] {
  const out: SqlHit[] = [];
  const hit = (rule: SqlRuleId, target: string, reason: string): void => {
    const h: SqlHit = { rule, verb: st.verb, target, reason, statement: st.text };
    if (st.object !== undefined) h.object = st.object;
    out.push(h);
  };
  if (st.generated !== undefined) {
    hit('databases/sql-unreadable', 'generated SQL', 'runs SQL that is built at run time and cannot be read before it runs');
  }
  if (st.truncated && (st.verb === 'DELETE' || st.verb === 'UPDATE') && st.where === 'filtered') {
    hit('databases/sql-unreadable', 'unread SQL', `a ${st.verb} too long to read whole: its WHERE clause cannot be checked`);
  }
  if (st.planOnly) return out;
  switch (st.verb) {
    case 'DROP': {
      const object = st.object ?? '';
      if (object === 'OWNED') {
        for (const n of orUnnamed(st.names, 'role')) hit('databases/sql-drop-owned', n, `DROP OWNED drops every object owned by ${n}`);
        break;
      }
      // A temporary table lives only for the session; PREPARE statements are not data.
      if (object === '' || object.startsWith('TEMPORARY') || object === 'PREPARE') break;
      const kind = object.toLowerCase();
      for (const n of orUnnamed(st.names, kind)) hit('databases/sql-drop', n, `drops the ${kind} ${n}${st.cascade ? ' and everything that depends on it (CASCADE)' : ''}`);
      break;
    }
    case 'TRUNCATE':
      for (const n of orUnnamed(st.names, 'table')) hit('databases/sql-truncate', n, `deletes every row of ${n}`);
      break;
    case 'DELETE':
      if (st.where === 'none' || st.where === 'always-true') {
        const how = st.where === 'none' ? 'has no WHERE clause' : 'has a WHERE clause that is always true';
        for (const n of orUnnamed(st.names, 'table')) hit('databases/sql-delete-without-where', n, `deletes every row of ${n}: the DELETE ${how}`);
      }
      break;
    case 'UPDATE':
      if (st.where === 'none' || st.where === 'always-true') {
        const how = st.where === 'none' ? 'has no WHERE clause' : 'has a WHERE clause that is always true';
        for (const n of orUnnamed(st.names, 'table')) hit('databases/sql-update-without-where', n, `overwrites every row of ${n}: the UPDATE ${how}`);
      }
      break;
    case 'ALTER':
      if (st.alterDrops !== undefined && st.alterDrops.length > 0) {
        for (const n of orUnnamed(st.names, 'table')) hit('databases/sql-alter-drop', n, `alters ${n}: ${st.alterDrops.join(', ')}`);
      }
      break;
    case 'REASSIGN':
      if (st.object === 'OWNED') {
        const from = st.names[0] ?? 'role';
        hit('databases/sql-drop-owned', from, `REASSIGN OWNED hands every object owned by ${from} to another role`);
      }
      break;
    default:
      break;
  }
  return out;
}

function orUnnamed(names: readonly string[], kind: string): readonly string[] {
  // A statement whose name we could not read still destroys something; the dialog names the kind.
  return names.length > 0 ? names : [`unnamed ${kind}`];
}

const PLURALS: Readonly<Record<string, string>> = { index: 'indexes', schema: 'schemas', 'materialized view': 'materialized views', policy: 'policies', owned: 'roles' };

/**
 * The one thing the human types when several statements destroy several things: the database when one is
 * dropped (it holds the rest), else the schema when everything else lies inside it, else the single name,
 * else a count (`3 tables`, `4 objects`).
 */
/** Anything shaped like a hit (SQL, mongo) can be summarised. */
export interface TargetedHit {
  rule: string;
  verb: string;
  object?: string;
  target: string;
}

export function targetOfSqlHits(hits: readonly TargetedHit[]): string | undefined {
  if (hits.length === 0) return undefined;
  const databases = unique(hits.filter((h) => h.verb === 'DROP' && (h.object === 'DATABASE' || h.object === 'KEYSPACE')).map((h) => h.target));
  if (databases.length === 1) return databases[0];
  const targets = unique(hits.map((h) => h.target));
  if (targets.length === 1) return targets[0];
  const schemas = unique(hits.filter((h) => h.verb === 'DROP' && h.object === 'SCHEMA').map((h) => h.target));
  if (schemas.length === 1) {
    const schema = (schemas[0] as string).toLowerCase();
    const inside = targets.every((t) => t.toLowerCase() === schema || t.toLowerCase().startsWith(`${schema}.`));
    if (inside) return schemas[0];
  }
  const kinds = unique(hits.map((h) => kindOf(h)));
  if (kinds.length === 1) {
    const kind = kinds[0] as string;
    return `${targets.length} ${PLURALS[kind] ?? `${kind}s`}`;
  }
  return `${targets.length} objects`;
}

function kindOf(h: TargetedHit): string {
  if (h.rule === 'databases/sql-unreadable') return 'statement';
  if (h.object === 'COLLECTION') return 'collection';
  if (h.verb === 'DELETE' || h.verb === 'UPDATE' || h.verb === 'TRUNCATE' || h.verb === 'ALTER') return 'table';
  return (h.object ?? 'object').toLowerCase();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
