// Reads SQL text into statements and says, for each, what it does: verb, object kind, the names it acts on
// (unquoted, schema-qualified as written), IF EXISTS / CASCADE, and for DELETE/UPDATE what its WHERE is.
// Only the head of a statement decides what it is, so a DROP inside a string, a comment, a trigger body
// or a function definition is never mistaken for one that runs.

import { lexSql, type SqlDialect, type SqlToken } from './lexSql';
import { whereIsAlwaysTrue } from './whereIsAlwaysTrue';

export type WhereKind = 'none' | 'always-true' | 'filtered';

export interface SqlStatement {
  /** Upper-cased leading keyword after any WITH clause: DROP, DELETE, UPDATE, TRUNCATE, ALTER, SELECT... */
  verb: string;
  /** Upper-cased object kind for DROP/ALTER/CREATE/TRUNCATE: TABLE, DATABASE, MATERIALIZED VIEW, OWNED... */
  object?: string;
  /** The names acted on, unquoted and qualified as written (`public.users`). */
  names: string[];
  ifExists: boolean;
  cascade: boolean;
  /** DELETE and UPDATE (and ClickHouse `ALTER TABLE t DELETE|UPDATE`): what the WHERE clause amounts to. */
  where?: WhereKind;
  /** ALTER TABLE: the actions that begin with DROP (`DROP COLUMN email`). */
  alterDrops?: string[];
  /** `EXPLAIN` without ANALYZE only plans; nothing runs. */
  planOnly?: boolean;
  /** Source text of the statement, trimmed. */
  text: string;
  /** SQL this statement runs at once (a DO block's body, literal EXECUTE text, a data-modifying CTE). */
  nested: string[];
  /** The statement was too long to read whole; only its beginning was described. */
  truncated?: boolean;
  /** The statement builds SQL at run time that cannot be read (`EXECUTE 'DROP TABLE ' || t`, `PREPARE s FROM @q`). */
  generated?: string;
}

export interface SqlMeta {
  /** The command without its backslash or dot: `i`, `connect`, `read`, `gexec`, `source`, `delimiter`. */
  command: string;
  args: string[];
  text: string;
}

export interface SqlReading {
  statements: SqlStatement[];
  metas: SqlMeta[];
}

export interface ReadSqlOptions {
  dialect?: SqlDialect;
  backslashEscapes?: boolean;
}

/** Keeps work bounded on hostile input: beyond this many statements the rest is not described. */
const MAX_STATEMENTS = 20_000;
/** A statement longer than this is described from its first part and marked truncated. */
const MAX_STATEMENT_TOKENS = 20_000;
const MAX_TEXT = 200;

export function readSql(text: string, options: ReadSqlOptions = {}): SqlReading {
  const dialect = options.dialect ?? 'generic';
  const statements: SqlStatement[] = [];
  const metas: SqlMeta[] = [];
  let current: SqlToken[] = [];
  let truncated = false;
  let blockDepth = 0;
  let createStatement = false;
  /** The previous token, for `BEGIN TRANSACTION` and `END IF` (which need one token of look-ahead). */
  let pendingBegin = false;
  let pendingEnd = false;
  const keep = (st: SqlStatement): void => {
    if (statements.length < MAX_STATEMENTS) statements.push(st);
  };
  const flush = (): void => {
    if (current.length > 0) {
      const st = describe(current, text);
      if (truncated) st.truncated = true;
      keep(st);
    }
    current = [];
    truncated = false;
    blockDepth = 0;
    createStatement = false;
    pendingBegin = false;
    pendingEnd = false;
  };
  const resolvePending = (tok: SqlToken): void => {
    if (pendingBegin) {
      const transaction = tok.kind === 'delim' || (tok.kind === 'word' && ['TRANSACTION', 'WORK', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE'].includes(tok.upper));
      if (!transaction) blockDepth++;
      pendingBegin = false;
    }
    if (pendingEnd) {
      const closesOther = tok.kind === 'word' && ['IF', 'LOOP', 'WHILE', 'REPEAT', 'FOR'].includes(tok.upper);
      if (!closesOther && blockDepth > 0) blockDepth--;
      pendingEnd = false;
    }
  };
  lexSql(text, { dialect, backslashEscapes: options.backslashEscapes }, (tok) => {
    resolvePending(tok);
    if (tok.kind === 'meta') {
      const meta = readMeta(tok.value);
      // `\gexec` runs every row the query returns as SQL: generated text we cannot see.
      if (meta.command === 'gexec' && current.length > 0) {
        const st = describe(current, text);
        st.generated = st.text;
        keep(st);
        current = [];
      }
      flush();
      metas.push(meta);
      return;
    }
    if (tok.kind === 'delim') {
      // A `;` inside a CREATE TRIGGER/PROCEDURE body (BEGIN ... END) does not end the CREATE.
      if (blockDepth > 0) return;
      flush();
      return;
    }
    if (current.length === 0) createStatement = tok.kind === 'word' && tok.upper === 'CREATE';
    if (createStatement && tok.kind === 'word') {
      if (tok.upper === 'BEGIN') pendingBegin = true;
      else if (tok.upper === 'CASE' && blockDepth > 0) blockDepth++;
      else if (tok.upper === 'END' && blockDepth > 0) pendingEnd = true;
    }
    if (current.length < MAX_STATEMENT_TOKENS) current.push(tok);
    else truncated = true;
  });
  resolvePending({ kind: 'delim', value: '', upper: '', start: text.length, end: text.length });
  flush();
  return { statements, metas };
}

function readMeta(line: string): SqlMeta {
  const body = line.replace(/^[\\.]/, '');
  const words = body.split(/[ \t]+/).filter((w) => w.length > 0);
  const first = (words[0] ?? '').toLowerCase();
  // `\i file`, `\ir file`, `\. file` and `source file` read a script; normalise the spellings.
  const command = first === '' && line.startsWith('\\.') ? 'source' : first;
  const args = words.slice(1).map((w) => w.replace(/^['"]|['"]$/g, ''));
  if (line.startsWith('\\.')) return { command: 'source', args: body.slice(1).trim().split(/[ \t]+/).filter(Boolean), text: line };
  return { command, args, text: line };
}

const DROP_KINDS_TWO: readonly (readonly [string, string])[] = [
  ['MATERIALIZED', 'VIEW'],
  ['FOREIGN', 'TABLE'],
  ['EVENT', 'TRIGGER'],
  ['ACCESS', 'METHOD'],
  ['USER', 'MAPPING'],
  ['TEXT', 'SEARCH'],
  ['ROW', 'POLICY'],
  ['SETTINGS', 'PROFILE'],
  ['NAMED', 'COLLECTION'],
  ['LIVE', 'VIEW'],
];

/** Words that end a name list in DROP/TRUNCATE. */
const AFTER_NAMES = new Set(['CASCADE', 'RESTRICT', 'ON', 'SYNC', 'PERMANENTLY', 'RESTART', 'CONTINUE', 'IDENTITY', 'PURGE', 'FORCE', 'NO_DELAY']);

function describe(tokens: readonly SqlToken[], source: string): SqlStatement {
  const first = tokens[0] as SqlToken;
  const last = tokens[tokens.length - 1] as SqlToken;
  const text = source.slice(first.start, last.end).trim();
  const st: SqlStatement = { verb: '', names: [], ifExists: false, cascade: false, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text, nested: [] };

  let i = 0;
  // Statements wrapped in parentheses: `(DELETE FROM t)` is not valid, but `(SELECT ...)` is; skip opening parens.
  while (isPunct(tokens[i], '(')) i++;
  // WITH name AS (...), ...: data-modifying CTEs run whatever the main statement is.
  if (isWord(tokens[i], 'WITH')) {
    i++;
    if (isWord(tokens[i], 'RECURSIVE')) i++;
    while (i < tokens.length) {
      // name [ (columns) ] AS [ [NOT] MATERIALIZED ] ( body )
      i++;
      if (isPunct(tokens[i], '(')) i = matchClose(tokens, i) + 1;
      if (!isWord(tokens[i], 'AS')) break;
      i++;
      if (isWord(tokens[i], 'NOT')) i++;
      if (isWord(tokens[i], 'MATERIALIZED')) i++;
      if (!isPunct(tokens[i], '(')) break;
      const close = matchClose(tokens, i);
      const inner = tokens.slice(i + 1, close);
      if (inner.length > 0) st.nested.push(source.slice((inner[0] as SqlToken).start, (inner[inner.length - 1] as SqlToken).end));
      i = close + 1;
      if (isPunct(tokens[i], ',')) {
        i++;
        continue;
      }
      break;
    }
  }
  const head = tokens[i];
  if (head === undefined || head.kind !== 'word') return st;
  st.verb = head.upper;
  const rest = tokens.slice(i + 1);
  switch (st.verb) {
    case 'DROP':
      readDrop(rest, st);
      break;
    case 'TRUNCATE':
      readTruncate(rest, st);
      break;
    case 'DELETE':
      readDelete(rest, st);
      break;
    case 'UPDATE':
      readUpdate(rest, st);
      break;
    case 'ALTER':
      readAlter(rest, st);
      break;
    case 'REASSIGN':
      // REASSIGN OWNED BY old TO new
      if (isWord(rest[0], 'OWNED')) {
        st.object = 'OWNED';
        const by = isWord(rest[1], 'BY') ? 2 : 1;
        st.names = readNameList(rest, by, new Set(['TO'])).names;
      }
      break;
    case 'EXPLAIN':
      readExplain(rest, source, st);
      break;
    case 'DO':
      // DO [LANGUAGE x] $$ body $$: the body runs now.
      for (const t of rest) if (t.kind === 'string') st.nested.push(t.value);
      break;
    case 'EXECUTE':
    case 'EXEC':
      readExecute(rest, st);
      break;
    case 'PREPARE':
      readPrepare(rest, st);
      break;
    case 'BEGIN':
    case 'DECLARE':
      // A plpgsql block body (reached through DO): read the statements inside, minus the block keywords.
      if (rest.length > 0) st.nested.push(source.slice((rest[0] as SqlToken).start, last.end));
      break;
    case 'IF':
    case 'ELSE':
    case 'ELSIF':
    case 'LOOP':
    case 'FOR':
    case 'WHILE':
      readControl(rest, source, last, st);
      break;
    case 'CREATE':
      if (rest.length > 0) {
        const words = rest.slice(0, 4).filter((t) => t.kind === 'word').map((t) => t.upper);
        st.object = words.find((w) => !['OR', 'REPLACE', 'TEMP', 'TEMPORARY', 'UNIQUE', 'UNLOGGED', 'GLOBAL', 'LOCAL'].includes(w));
      }
      break;
    default:
      break;
  }
  return st;
}

function readDrop(rest: readonly SqlToken[], st: SqlStatement): void {
  let i = 0;
  let temporary = false;
  while (isWord(rest[i], 'TEMPORARY') || isWord(rest[i], 'TEMP')) {
    temporary = true;
    i++;
  }
  const a = rest[i];
  const b = rest[i + 1];
  if (a?.kind !== 'word') return;
  const two = DROP_KINDS_TWO.find(([x, y]) => a.upper === x && b?.kind === 'word' && b.upper === y);
  if (two) {
    st.object = `${two[0]} ${two[1]}`;
    i += 2;
    // TEXT SEARCH CONFIGURATION|DICTIONARY|PARSER|TEMPLATE
    if (two[0] === 'TEXT' && rest[i]?.kind === 'word') st.object += ` ${(rest[i++] as SqlToken).upper}`;
  } else if (a.upper === 'FOREIGN' && isWord(b, 'DATA')) {
    st.object = 'FOREIGN DATA WRAPPER';
    i += 3;
  } else {
    st.object = a.upper;
    i++;
  }
  if (temporary) st.object = `TEMPORARY ${st.object}`;
  if (st.object === 'OWNED') {
    if (isWord(rest[i], 'BY')) i++;
  }
  if (isWord(rest[i], 'CONCURRENTLY')) i++;
  if (isWord(rest[i], 'IF') && isWord(rest[i + 1], 'EXISTS')) {
    st.ifExists = true;
    i += 2;
  }
  const list = readNameList(rest, i, AFTER_NAMES);
  st.names = list.names;
  // MySQL: DROP INDEX idx ON tbl; the index is qualified by its table for display.
  if (st.object === 'INDEX' && isWord(rest[list.end], 'ON')) {
    const table = readName(rest, list.end + 1);
    if (table.name !== undefined && st.names.length === 1) st.names = [`${table.name}.${st.names[0]}`];
  }
  st.cascade = rest.slice(list.end).some((t) => t.kind === 'word' && t.upper === 'CASCADE');
}

function readTruncate(rest: readonly SqlToken[], st: SqlStatement): void {
  let i = 0;
  st.object = 'TABLE';
  if (isWord(rest[i], 'TABLE')) i++;
  if (isWord(rest[i], 'IF') && isWord(rest[i + 1], 'EXISTS')) {
    st.ifExists = true;
    i += 2;
  }
  if (isWord(rest[i], 'ONLY')) i++;
  const list = readNameList(rest, i, AFTER_NAMES);
  st.names = list.names;
  st.cascade = rest.slice(list.end).some((t) => t.kind === 'word' && t.upper === 'CASCADE');
}

const DELETE_MODIFIERS = new Set(['LOW_PRIORITY', 'QUICK', 'IGNORE', 'TOP', 'ONLY']);

function readDelete(rest: readonly SqlToken[], st: SqlStatement): void {
  let i = 0;
  while (rest[i]?.kind === 'word' && DELETE_MODIFIERS.has((rest[i] as SqlToken).upper)) {
    // SQL Server: DELETE TOP (10) FROM t
    if ((rest[i] as SqlToken).upper === 'TOP' && isPunct(rest[i + 1], '(')) i = matchClose(rest, i + 1);
    i++;
  }
  st.object = 'TABLE';
  if (isWord(rest[i], 'FROM')) {
    i++;
    if (isWord(rest[i], 'ONLY')) i++;
    st.names = readNameList(rest, i, new Set(['WHERE', 'USING', 'AS', 'RETURNING', 'ORDER', 'LIMIT', 'PARTITION', 'OUTPUT'])).names;
  } else {
    // MySQL multi-table `DELETE t1, t2 FROM ...`, or `DELETE t WHERE ...` (Oracle, SQL Server).
    st.names = readNameList(rest, i, new Set(['FROM', 'WHERE', 'USING'])).names;
  }
  st.where = whereOf(rest, ['RETURNING', 'ORDER', 'LIMIT', 'OUTPUT', 'OPTION', 'SETTINGS']);
}

const UPDATE_MODIFIERS = new Set(['LOW_PRIORITY', 'IGNORE', 'ONLY', 'OR', 'ROLLBACK', 'ABORT', 'REPLACE', 'FAIL', 'TOP']);

function readUpdate(rest: readonly SqlToken[], st: SqlStatement): void {
  let i = 0;
  while (rest[i]?.kind === 'word' && UPDATE_MODIFIERS.has((rest[i] as SqlToken).upper) && !isWord(rest[i + 1], 'SET')) i++;
  st.object = 'TABLE';
  st.names = readNameList(rest, i, new Set(['SET', 'AS', 'JOIN', 'INNER', 'LEFT', 'RIGHT', 'CROSS', 'STRAIGHT_JOIN'])).names;
  st.where = whereOf(rest, ['RETURNING', 'ORDER', 'LIMIT', 'OUTPUT', 'OPTION', 'SETTINGS']);
}

function readAlter(rest: readonly SqlToken[], st: SqlStatement): void {
  let i = 0;
  const kindWords: string[] = [];
  while (rest[i]?.kind === 'word' && kindWords.length < 2 && ['TABLE', 'FOREIGN', 'ONLINE', 'IGNORE'].includes((rest[i] as SqlToken).upper)) {
    kindWords.push((rest[i] as SqlToken).upper);
    i++;
  }
  if (!kindWords.includes('TABLE')) {
    const w = rest[0];
    if (w?.kind === 'word') st.object = w.upper;
    return;
  }
  st.object = 'TABLE';
  if (isWord(rest[i], 'IF') && isWord(rest[i + 1], 'EXISTS')) {
    st.ifExists = true;
    i += 2;
  }
  if (isWord(rest[i], 'ONLY')) i++;
  const name = readName(rest, i);
  if (name.name === undefined) return;
  st.names = [name.name];
  i = name.end;
  if (isPunct(rest[i], '*')) i++;
  if (isWord(rest[i], 'ON') && isWord(rest[i + 1], 'CLUSTER')) i += 3;
  // Actions are separated by top-level commas; an action that begins with DROP removes something.
  const drops: string[] = [];
  let actionStart = i;
  for (let k = i; k <= rest.length; k++) {
    const t = rest[k];
    if (t !== undefined && isPunct(t, '(')) {
      k = matchClose(rest, k);
      continue;
    }
    if (t === undefined || isPunct(t, ',')) {
      const action = rest.slice(actionStart, k);
      const head = action[0];
      if (head?.kind === 'word') {
        if (head.upper === 'DROP' || (head.upper === 'TRUNCATE' && isWord(action[1], 'PARTITION'))) {
          drops.push(action.map((x) => (x.kind === 'word' ? x.value : x.kind === 'string' ? `'${x.value}'` : x.value)).join(' '));
        } else if (head.upper === 'DISCARD' && isWord(action[1], 'TABLESPACE')) {
          drops.push('DISCARD TABLESPACE');
        } else if (head.upper === 'DELETE' || head.upper === 'UPDATE') {
          // ClickHouse mutations: ALTER TABLE t DELETE WHERE ..., ALTER TABLE t UPDATE c = 1 WHERE ...
          st.verb = head.upper;
          st.where = whereOf(action, ['SETTINGS']);
        }
      }
      actionStart = k + 1;
    }
  }
  if (drops.length > 0) st.alterDrops = drops;
}

function readExplain(rest: readonly SqlToken[], source: string, st: SqlStatement): void {
  let i = 0;
  let analyze = false;
  if (isPunct(rest[0], '(')) {
    const close = matchClose(rest, 0);
    const opts = rest.slice(1, close);
    for (let k = 0; k < opts.length; k++) {
      const t = opts[k] as SqlToken;
      if (t.kind === 'word' && (t.upper === 'ANALYZE' || t.upper === 'ANALYSE')) {
        const v = opts[k + 1];
        analyze = !(v?.kind === 'word' && (v.upper === 'FALSE' || v.upper === 'OFF')) && !(v?.kind === 'number' && v.value === '0');
      }
    }
    i = close + 1;
  }
  while (rest[i]?.kind === 'word' && ['ANALYZE', 'ANALYSE', 'VERBOSE', 'QUERY', 'PLAN', 'FORMAT', 'EXTENDED', 'PARTITIONS'].includes((rest[i] as SqlToken).upper)) {
    const u = (rest[i] as SqlToken).upper;
    if (u === 'ANALYZE' || u === 'ANALYSE') analyze = true;
    i++;
    // FORMAT=JSON / FORMAT JSON
    if (u === 'FORMAT') {
      if (isPunct(rest[i], '=')) i++;
      i++;
    }
  }
  const body = rest.slice(i);
  if (analyze && body.length > 0) st.nested.push(source.slice((body[0] as SqlToken).start, (body[body.length - 1] as SqlToken).end));
  else st.planOnly = true;
}

/** EXECUTE 'literal' [|| expr ...]: the literal parts are read as SQL; a dynamic part makes it generated. */
function readExecute(rest: readonly SqlToken[], st: SqlStatement): void {
  if (rest.length === 0) return;
  // `EXECUTE stmt_name` / `EXECUTE stmt(args)` runs a prepared statement named earlier: its PREPARE was read.
  if (rest[0]?.kind === 'word' && rest[0].upper !== 'IMMEDIATE' && rest[0].upper !== 'FORMAT') return;
  const start = rest[0]?.kind === 'word' ? 1 : 0;
  readBuiltSql(rest.slice(start), st);
}

function readPrepare(rest: readonly SqlToken[], st: SqlStatement): void {
  // MySQL: PREPARE s FROM 'text' | @var. PostgreSQL: PREPARE s [(types)] AS statement (only runs on EXECUTE, but
  // the agent that prepares it is about to run it: read it now).
  const from = rest.findIndex((t) => t.kind === 'word' && (t.upper === 'FROM' || t.upper === 'AS'));
  if (from < 0) return;
  const body = rest.slice(from + 1);
  if ((rest[from] as SqlToken).upper === 'AS') {
    if (body.length > 0) st.nested.push(body.map((t) => (t.kind === 'string' ? `'${t.value.replace(/'/g, "''")}'` : t.kind === 'ident' ? `"${t.value}"` : t.value)).join(' '));
    return;
  }
  readBuiltSql(body, st);
}

function readBuiltSql(parts: readonly SqlToken[], st: SqlStatement): void {
  let built = '';
  let dynamic = false;
  for (const t of parts) {
    if (t.kind === 'string') built += t.value;
    else if (t.kind === 'punct' && (t.value === '||' || t.value === '+' || t.value === '(' || t.value === ')' || t.value === ',')) continue;
    else if (t.kind === 'word' && (t.upper === 'USING' || t.upper === 'INTO')) break;
    else {
      dynamic = true;
      built += ' dynamic_name ';
    }
  }
  if (built.trim() === '') {
    if (dynamic) st.generated = st.text;
    return;
  }
  st.nested.push(built);
  if (dynamic) st.generated = st.text;
}

function readControl(rest: readonly SqlToken[], source: string, last: SqlToken, st: SqlStatement): void {
  // plpgsql control flow: the statement after THEN / LOOP runs.
  const k = rest.findIndex((t) => t.kind === 'word' && (t.upper === 'THEN' || t.upper === 'LOOP'));
  const from = k < 0 ? 0 : k + 1;
  const body = rest.slice(from);
  if (body.length > 0 && (k >= 0 || st.verb === 'ELSE')) st.nested.push(source.slice((body[0] as SqlToken).start, last.end));
}

function whereOf(tokens: readonly SqlToken[], endWords: readonly string[]): WhereKind {
  let depth = 0;
  let whereAt = -1;
  let end = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as SqlToken;
    if (isPunct(t, '(')) depth++;
    else if (isPunct(t, ')')) depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind === 'word') {
      if (whereAt < 0 && t.upper === 'WHERE') whereAt = k;
      else if (whereAt >= 0 && endWords.includes(t.upper)) {
        end = k;
        break;
      }
    }
  }
  if (whereAt < 0) return 'none';
  const cond = tokens.slice(whereAt + 1, end);
  if (isWord(cond[0], 'CURRENT') && isWord(cond[1], 'OF')) return 'filtered';
  if (cond.length === 0) return 'none';
  return whereIsAlwaysTrue(cond) ? 'always-true' : 'filtered';
}

interface NameRead {
  name?: string;
  end: number;
}

/** A possibly qualified name: `a`, `"a"."b"`, `` `db`.`t` ``, `'user'@'host'` (MySQL accounts). */
function readName(tokens: readonly SqlToken[], start: number): NameRead {
  const parts: string[] = [];
  let i = start;
  const part = (t: SqlToken | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'ident' || t.kind === 'string');
  if (!part(tokens[i])) return { end: start };
  parts.push((tokens[i] as SqlToken).value);
  i++;
  while (isPunct(tokens[i], '.') && part(tokens[i + 1])) {
    parts.push((tokens[i + 1] as SqlToken).value);
    i += 2;
  }
  let name = parts.join('.');
  // MySQL account names: 'user'@'host' (the lexer reads @'host' as a param or punct + string).
  const at = tokens[i];
  if (at?.kind === 'param' && at.value.startsWith('@')) {
    name += at.value;
    i++;
  } else if (isPunct(at, '@') && tokens[i + 1]?.kind === 'string') {
    name += `@${(tokens[i + 1] as SqlToken).value}`;
    i += 2;
  }
  // A function signature: f(int, text)
  if (isPunct(tokens[i], '(')) i = matchClose(tokens, i) + 1;
  return { name, end: i };
}

function readNameList(tokens: readonly SqlToken[], start: number, stop: ReadonlySet<string>): { names: string[]; end: number } {
  const names: string[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i] as SqlToken;
    if (t.kind === 'word' && stop.has(t.upper)) break;
    const r = readName(tokens, i);
    if (r.name === undefined) break;
    names.push(r.name);
    i = r.end;
    if (isPunct(tokens[i], '*')) i++;
    // An alias after the name (`DELETE t1 FROM`, `UPDATE users u SET`): skip one bare word that is not a stop word.
    if (tokens[i]?.kind === 'word' && !stop.has((tokens[i] as SqlToken).upper) && !isPunct(tokens[i + 1], '.')) {
      i++;
    }
    if (!isPunct(tokens[i], ',')) break;
    i++;
  }
  return { names, end: i };
}

function matchClose(tokens: readonly SqlToken[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k] as SqlToken;
    if (isPunct(t, '(')) depth++;
    else if (isPunct(t, ')')) {
      depth--;
      if (depth === 0) return k;
    }
  }
  return tokens.length - 1;
}

function isWord(t: SqlToken | undefined, upper: string): boolean {
  return t !== undefined && t.kind === 'word' && t.upper === upper;
}

function isPunct(t: SqlToken | undefined, value: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.value === value;
}
