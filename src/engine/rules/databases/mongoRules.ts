// Mongo shell code run by mongosh / mongo / mongos: `--eval` strings, script files on the line
// (`mongosh db script.js`, `--file x.js`) and what is piped or redirected into the shell.

import type { SimpleCommand } from '../../model/command';
import { resolvePath } from '../../resolve/paths';
import { parseArgs } from '../args';
import type { EnvHint, Hit, Rule, RuleContext } from '../rule';
import { targetOfSqlHits } from './classifySql';
import { classifyMongo, type MongoHit, type MongoRuleId } from './classifyMongo';
import { HintList } from './databaseHints';

const MONGO_SHELLS = ['mongosh', 'mongo', 'mongos'];

const VALUED = ['--eval', '-f', '--file', '--host', '--port', '-u', '--username', '-p', '--password', '--authenticationDatabase', '--authenticationMechanism', '--tlsCAFile', '--tlsCertificateKeyFile', '--apiVersion', '--sslCAFile', '--sslPEMKeyFile'];

function mongoHitsOf(cmd: SimpleCommand, ctx: RuleContext): { hits: MongoHit[]; hints: EnvHint[] } {
  const parsed = parseArgs(
    cmd.args.map((a) => a.value),
    { valued: VALUED },
  );
  const hints = new HintList();
  hints.host(parsed.all.get('--host')?.[0], '--host');
  const read = (path: string): string | undefined => {
    const abs = resolvePath(path, { cwd: ctx.cwd, home: ctx.home, env: ctx.input.env });
    return abs === undefined ? undefined : ctx.input.readFile?.(abs);
  };
  // Positionals: an optional database address (`mydb`, `host/mydb`, `mongodb://host/mydb`) and script files.
  let db = 'test';
  const scripts: string[] = [];
  parsed.positionals.forEach((p, idx) => {
    if (p.endsWith('.js') || p.endsWith('.mongodb')) {
      scripts.push(p);
      return;
    }
    if (idx > 0) return;
    const facts = hints.connection(p.includes('://') ? p : undefined, 'the connection string');
    if (facts) {
      if (facts.database !== undefined) db = facts.database;
      return;
    }
    const slash = p.indexOf('/');
    if (slash > 0) {
      hints.host(p.slice(0, slash), 'the address argument');
      db = p.slice(slash + 1) || db;
    } else {
      db = p;
    }
    hints.database(db, 'the address argument');
  });
  const texts: string[] = [...(parsed.all.get('--eval') ?? [])];
  for (const f of [...(parsed.all.get('-f') ?? []), ...(parsed.all.get('--file') ?? []), ...scripts]) {
    const body = read(f);
    if (body !== undefined) texts.push(body);
  }
  if (texts.length === 0 && scripts.length === 0) {
    if (cmd.stdin?.kind === 'text') texts.push(cmd.stdin.text);
    else if (cmd.stdin?.kind === 'file') {
      const body = read(cmd.stdin.path);
      if (body !== undefined) texts.push(body);
    }
  }
  const hits = texts.flatMap((t) => classifyMongo(t, db));
  return { hits, hints: hints.hints };
}

function mongoRule(id: MongoRuleId, reason: string, safer: string): Rule {
  return {
    id,
    severity: id === 'databases/mongo-drop' ? 'critical' : 'high',
    verdict: 'confirm',
    reason,
    safer,
    tool: 'sql',
    commands: MONGO_SHELLS,
    match(cmd, ctx): Hit | undefined {
      const { hits, hints } = mongoHitsOf(cmd, ctx);
      const mine = hits.filter((h) => h.rule === id);
      if (mine.length === 0) return undefined;
      const target = targetOfSqlHits(hits) ?? (mine[0] as MongoHit).target;
      return { target, reason: [...new Set(mine.map((h) => h.reason))].slice(0, 3).join('; '), hints };
    },
  };
}

export const mongoRules: readonly Rule[] = [
  mongoRule('databases/mongo-drop', 'drops a MongoDB database, collection or user', 'take a mongodump of it first'),
  mongoRule('databases/mongo-delete-all', 'deletes or rewrites every document of a collection (empty filter)', 'pass a filter that selects the documents you mean, after a mongodump'),
];
