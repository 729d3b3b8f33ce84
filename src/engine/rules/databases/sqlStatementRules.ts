// The SQL rules: one id per kind of destructive statement, all reading the SQL a database client runs
// (see sqlOfCommand for where it is found). Every finding of one command asks for the same typed target:
// the database when one is dropped, else the one name, else a count (`3 tables`).

import type { Severity } from '../../model/decision';
import type { Hit, Rule } from '../rule';
import { targetOfSqlHits, type SqlRuleId } from './classifySql';
import { SQL_CLIENTS, sqlHitsOfCommand } from './sqlOfCommand';

interface SqlRuleMeta {
  id: SqlRuleId;
  severity: Severity;
  reason: string;
  safer?: string;
}

const META: readonly SqlRuleMeta[] = [
  { id: 'databases/sql-drop', severity: 'critical', reason: 'DROP removes a database object and its data for good', safer: 'take a dump first (pg_dump -t / mysqldump), or rename the object and drop it later' },
  { id: 'databases/sql-truncate', severity: 'high', reason: 'TRUNCATE deletes every row of the table', safer: 'back up the table first, or DELETE with a WHERE clause inside a transaction' },
  { id: 'databases/sql-delete-without-where', severity: 'high', reason: 'DELETE without a filtering WHERE deletes every row', safer: 'add a WHERE clause, run it in a transaction (BEGIN; ... ; check; COMMIT)' },
  { id: 'databases/sql-update-without-where', severity: 'high', reason: 'UPDATE without a filtering WHERE overwrites every row', safer: 'add a WHERE clause, run it in a transaction (BEGIN; ... ; check; COMMIT)' },
  { id: 'databases/sql-alter-drop', severity: 'high', reason: 'ALTER TABLE ... DROP removes a column, constraint or partition and its data', safer: 'back up the table first, or deprecate the column before dropping it' },
  { id: 'databases/sql-drop-owned', severity: 'critical', reason: 'DROP OWNED / REASSIGN OWNED acts on every object a role owns' },
  { id: 'databases/sql-unreadable', severity: 'high', reason: 'runs SQL the gate cannot read before it runs (built at run time, or too long)' },
];

function sqlRule(meta: SqlRuleMeta): Rule {
  const rule: Rule = {
    id: meta.id,
    severity: meta.severity,
    verdict: 'confirm',
    reason: meta.reason,
    tool: 'sql',
    commands: SQL_CLIENTS,
    match(cmd, ctx): Hit | undefined {
      const read = sqlHitsOfCommand(cmd, ctx);
      if (read === undefined) return undefined;
      const mine = read.hits.filter((h) => h.rule === meta.id);
      if (mine.length === 0) return undefined;
      const target = targetOfSqlHits(read.hits) ?? (mine[0] as { target: string }).target;
      const reasons = [...new Set(mine.map((h) => h.reason))];
      const shown = reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : '');
      // The name of a dropped database is evidence too: `DROP DATABASE prod_db` lands on production.
      const dropped = read.hits.filter((h) => h.verb === 'DROP' && h.object === 'DATABASE').map((h) => h.target);
      const hints = [...read.hints, ...[...new Set(dropped)].map((d) => ({ kind: 'resource' as const, value: d, label: `from the dropped database's name ${d}` }))];
      return { target, reason: `${read.client}: ${shown}`, hints };
    },
  };
  return meta.safer === undefined ? rule : { ...rule, safer: meta.safer };
}

export const sqlStatementRules: readonly Rule[] = META.map(sqlRule);
