// What in mongo shell code destroys data: `db.dropDatabase()`, `db.<c>.drop()`, `deleteMany({})` /
// `remove({})` (the twins of DELETE without WHERE), `updateMany({}, ...)`, `db.dropUser()`/`dropAllUsers()`,
// and the `runCommand({drop|dropDatabase: ...})` spellings. The code is tokenized (strings and comments
// skipped), never matched with regexes over the raw text; a filter argument other than `{}` is a filter.

export type MongoRuleId = 'databases/mongo-drop' | 'databases/mongo-delete-all';

export interface MongoHit {
  rule: MongoRuleId;
  /** DROP or DELETE/UPDATE, with the object kind, so the typed target follows the SQL rules' logic. */
  verb: 'DROP' | 'DELETE' | 'UPDATE';
  object: 'DATABASE' | 'COLLECTION' | 'USER';
  target: string;
  reason: string;
}

interface Tok {
  kind: 'id' | 'str' | 'punct' | 'other';
  value: string;
}

const MAX_TOKENS = 200_000;

function tokenize(code: string): Tok[] {
  const out: Tok[] = [];
  const n = code.length;
  let i = 0;
  while (i < n && out.length < MAX_TOKENS) {
    const c = code[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      let value = '';
      while (j < n && code[j] !== c) {
        if (code[j] === '\\' && j + 1 < n) {
          value += code[j + 1];
          j += 2;
          continue;
        }
        value += code[j];
        j++;
      }
      out.push({ kind: 'str', value });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(code[j] as string)) j++;
      out.push({ kind: 'id', value: code.slice(i, j) });
      i = j;
      continue;
    }
    if ('(){}[].,:;'.includes(c)) {
      out.push({ kind: 'punct', value: c });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !/[\sA-Za-z0-9_$"'`(){}[\].,:;/]/.test(code[j] as string)) j++;
    out.push({ kind: 'other', value: code.slice(i, j) });
    i = j;
  }
  return out;
}

const DELETE_ALL = new Set(['deleteMany', 'remove']);
const UPDATE_ALL = new Set(['updateMany']);

/**
 * @param defaultDb the database the shell starts in (from its command line), `test` when none is named
 */
export function classifyMongo(code: string, defaultDb = 'test'): MongoHit[] {
  const t = tokenize(code);
  const hits: MongoHit[] = [];
  let currentDb = defaultDb;
  const isP = (k: number, v: string): boolean => t[k]?.kind === 'punct' && t[k]?.value === v;
  const isId = (k: number, v?: string): boolean => t[k]?.kind === 'id' && (v === undefined || t[k]?.value === v);

  for (let k = 0; k < t.length; k++) {
    const tok = t[k] as Tok;
    // `use mydb` switches the database for what follows (mongosh scripts and --eval strings).
    if (isId(k, 'use') && t[k + 1] !== undefined && (t[k + 1]?.kind === 'id' || t[k + 1]?.kind === 'str') && (k === 0 || isP(k - 1, ';') || t[k - 1]?.kind !== 'punct')) {
      currentDb = t[k + 1]?.value ?? currentDb;
      continue;
    }
    if (tok.kind !== 'id' || tok.value !== 'db') continue;
    if (isP(k - 1, '.')) continue;
    // Receiver: db | db.getSiblingDB('x') | db.getMongo().getDB('x')
    let dbName = currentDb;
    let p = k + 1;
    while (isP(p, '.') && (isId(p + 1, 'getSiblingDB') || isId(p + 1, 'getMongo') || isId(p + 1, 'getDB'))) {
      const method = t[p + 1]?.value;
      if (!isP(p + 2, '(')) break;
      if (method !== 'getMongo' && t[p + 3]?.kind === 'str') dbName = t[p + 3]?.value ?? dbName;
      p = closeParen(t, p + 2) + 1;
    }
    if (!isP(p, '.')) continue;
    const member = t[p + 1];
    if (member === undefined) continue;
    // db.dropDatabase(), db.dropUser('x'), db.dropAllUsers(), db.runCommand({dropDatabase: 1}) / ({drop: 'c'})
    if (member.kind === 'id' && isP(p + 2, '(')) {
      if (member.value === 'dropDatabase') {
        hits.push({ rule: 'databases/mongo-drop', verb: 'DROP', object: 'DATABASE', target: dbName, reason: `drops the database ${dbName}` });
        continue;
      }
      if (member.value === 'dropUser' || member.value === 'dropAllUsers') {
        const who = member.value === 'dropUser' && t[p + 3]?.kind === 'str' ? (t[p + 3]?.value as string) : `every user of ${dbName}`;
        hits.push({ rule: 'databases/mongo-drop', verb: 'DROP', object: 'USER', target: who, reason: `drops ${member.value === 'dropUser' ? `the user ${who}` : who}` });
        continue;
      }
      if ((member.value === 'runCommand' || member.value === 'adminCommand') && isP(p + 3, '{')) {
        const key = t[p + 4];
        if (key?.kind === 'id' || key?.kind === 'str') {
          if (key.value === 'dropDatabase') hits.push({ rule: 'databases/mongo-drop', verb: 'DROP', object: 'DATABASE', target: dbName, reason: `drops the database ${dbName}` });
          if (key.value === 'drop' && isP(p + 5, ':') && t[p + 6]?.kind === 'str') {
            const c = t[p + 6]?.value as string;
            hits.push({ rule: 'databases/mongo-drop', verb: 'DROP', object: 'COLLECTION', target: c, reason: `drops the collection ${c}` });
          }
        }
        continue;
      }
      if (member.value === 'getCollection' && t[p + 3]?.kind === 'str') {
        const c = t[p + 3]?.value as string;
        const after = closeParen(t, p + 2) + 1;
        collectionCall(t, after, c, hits);
      }
      continue;
    }
    // db.<collection>.<method>(...) and db['collection'].<method>(...)
    if (member.kind === 'id') {
      collectionCall(t, p + 2, member.value, hits);
    }
    if (isP(p, '[')) continue;
  }
  // db['users'].drop()
  for (let k = 0; k < t.length; k++) {
    if (t[k]?.kind === 'id' && t[k]?.value === 'db' && isP(k + 1, '[') && t[k + 2]?.kind === 'str' && isP(k + 3, ']')) {
      collectionCall(t, k + 4, t[k + 2]?.value as string, hits);
    }
  }
  return hits;
}

function collectionCall(t: readonly Tok[], at: number, collection: string, hits: MongoHit[]): void {
  if (!(t[at]?.kind === 'punct' && t[at]?.value === '.')) return;
  const method = t[at + 1];
  if (method?.kind !== 'id' || !(t[at + 2]?.kind === 'punct' && t[at + 2]?.value === '(')) return;
  if (method.value === 'drop') {
    hits.push({ rule: 'databases/mongo-drop', verb: 'DROP', object: 'COLLECTION', target: collection, reason: `drops the collection ${collection}` });
    return;
  }
  if (DELETE_ALL.has(method.value) || UPDATE_ALL.has(method.value)) {
    if (!emptyFilter(t, at + 2)) return;
    const update = UPDATE_ALL.has(method.value);
    hits.push({
      rule: 'databases/mongo-delete-all',
      verb: update ? 'UPDATE' : 'DELETE',
      object: 'COLLECTION',
      target: collection,
      reason: update ? `${method.value}({}) rewrites every document of ${collection}` : `${method.value}({}) deletes every document of ${collection}`,
    });
  }
}

/** `(` at `open`: is the first argument missing or `{}`? */
function emptyFilter(t: readonly Tok[], open: number): boolean {
  const a = t[open + 1];
  if (a?.kind === 'punct' && a.value === ')') return true;
  return a?.kind === 'punct' && a.value === '{' && t[open + 2]?.kind === 'punct' && t[open + 2]?.value === '}';
}

/** The matching `)`; gives up after a bounded look-ahead so hostile input stays linear. */
function closeParen(t: readonly Tok[], open: number): number {
  let depth = 0;
  const limit = Math.min(t.length, open + 2000);
  for (let k = open; k < limit; k++) {
    const tok = t[k] as Tok;
    if (tok.kind !== 'punct') continue;
    if (tok.value === '(') depth++;
    else if (tok.value === ')') {
      depth--;
      if (depth === 0) return k;
    }
  }
  return t.length;
}
