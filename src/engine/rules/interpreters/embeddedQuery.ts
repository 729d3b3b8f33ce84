// SQL and GraphQL carried as string literals in interpreter code (`cursor.execute("DROP TABLE x")`,
// a `fetch` of a `mutation { projectDelete }`): judged by the same readers as on the command line.

import { readGraphqlDocument } from '../../parse/graphql/readGraphqlDocument';
import { stringLiterals } from '../../parse/interpreters/codeActions';
import { INTERPRETER_COMMANDS, interpreterSource } from '../../parse/interpreters/interpreterSource';
import { classifySql } from '../databases/classifySql';
import { evidenceFor, mutationsOf } from '../http/graphqlRule';
import { graphqlRules } from '../http';
import type { Hit, Rule, RuleContext } from '../rule';

/** Text that reads as a SQL statement (not prose that happens to start with "update"). */
export const SQL_START = /^\s*(DROP\s|TRUNCATE\s|DELETE\s+FROM\s|UPDATE\s+\S+\s+SET\s|ALTER\s+TABLE\s|REASSIGN\s+OWNED|WITH\s|BEGIN\b|INSERT\s|SELECT\s|CREATE\s)/i;
export const GRAPHQL_START = /^\s*mutation\b/;

export function sqlHits(texts: readonly string[], how: string): Hit[] {
  const hits: Hit[] = [];
  for (const text of texts) {
    if (!SQL_START.test(text)) continue;
    for (const h of classifySql(text)) {
      if (h.rule === 'databases/sql-unreadable') continue;
      hits.push({ target: h.target, reason: `${how} carries SQL: ${h.reason} (${h.rule})` });
    }
  }
  return hits;
}

export function graphqlHits(texts: readonly string[], ctx: RuleContext, hosts: readonly string[] = [], variables: Readonly<Record<string, unknown>> = {}): Hit[] {
  const hits: Hit[] = [];
  const evidence = evidenceFor(hosts, ctx);
  for (const text of texts) {
    if (!GRAPHQL_START.test(text)) continue;
    const reading = readGraphqlDocument(text, variables);
    if (!reading.ok) {
      hits.push({ target: 'mutation', reason: `cannot verify: a GraphQL mutation that does not parse (${reading.error})` });
      continue;
    }
    for (const rule of graphqlRules) {
      for (const h of rule.find(mutationsOf(reading.operations), evidence)) hits.push({ ...h, reason: `${h.reason ?? rule.reason} (${rule.id})` });
    }
  }
  return hits;
}

export const embeddedSql: Rule = {
  id: 'interpreters/embedded-sql',
  severity: 'high',
  verdict: 'confirm',
  reason: 'interpreter code carries SQL that destroys data',
  tool: 'sql',
  commands: INTERPRETER_COMMANDS,
  match(cmd) {
    const src = interpreterSource(cmd);
    if (!src) return undefined;
    const hits = sqlHits(stringLiterals(src.code, src.language), `${src.language} code`);
    return hits.length > 0 ? hits : undefined;
  },
};

export const embeddedGraphql: Rule = {
  id: 'interpreters/embedded-graphql',
  severity: 'high',
  verdict: 'confirm',
  reason: 'interpreter code carries a GraphQL mutation that destroys data',
  tool: 'http',
  commands: INTERPRETER_COMMANDS,
  match(cmd, ctx) {
    const src = interpreterSource(cmd);
    if (!src) return undefined;
    const hits = graphqlHits(stringLiterals(src.code, src.language), ctx);
    return hits.length > 0 ? hits : undefined;
  },
};
