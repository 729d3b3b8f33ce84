// Environment evidence a database command carries on its own line: hosts from flags, connection URLs,
// conninfo strings and database names. (Variables such as PGHOST and DATABASE_URL are read by the resolver.)

import { hostOf } from '../../resolve/environment';
import type { EnvHint } from '../rule';

export interface ConnectionFacts {
  host?: string;
  database?: string;
}

/** Reads `postgres://u:p@db.prod.internal:5432/app?x=1`, `mongodb+srv://...`, `jdbc:postgresql://host/db`. */
export function readConnectionUrl(value: string): ConnectionFacts | undefined {
  const v = value.trim().replace(/^jdbc:/i, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return undefined;
  const facts: ConnectionFacts = {};
  const host = hostOf(v);
  if (host !== undefined && host !== '') facts.host = host.split(',')[0] as string;
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\/([^?#]*)/i.exec(v)?.[1];
  if (path !== undefined && path !== '' && !path.includes('/')) {
    try {
      facts.database = decodeURIComponent(path);
    } catch {
      facts.database = path;
    }
  }
  return facts;
}

/** Reads libpq conninfo: `host=db.prod dbname=app user=x`. */
export function readConninfo(value: string): ConnectionFacts | undefined {
  if (!/(^|\s)(host|dbname|hostaddr)=/.test(value)) return undefined;
  const facts: ConnectionFacts = {};
  for (const pair of value.split(/\s+/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const k = pair.slice(0, eq);
    const val = pair.slice(eq + 1).replace(/^'|'$/g, '');
    if ((k === 'host' || k === 'hostaddr') && val !== '') facts.host = val.split(',')[0] as string;
    if (k === 'dbname' && val !== '') facts.database = val;
  }
  return facts;
}

/** A value given to a database or URL option: a URL, conninfo, or a plain database name. */
export function readConnection(value: string): ConnectionFacts {
  return readConnectionUrl(value) ?? readConninfo(value) ?? { database: value };
}

export class HintList {
  readonly hints: EnvHint[] = [];
  private readonly seen = new Set<string>();

  host(host: string | undefined, from: string): void {
    if (host === undefined || host === '' || host.startsWith('$')) return;
    this.add({ kind: 'host', value: host, label: `from ${from} host ${host}` });
  }

  database(name: string | undefined, from: string): void {
    if (name === undefined || name === '' || name.startsWith('$')) return;
    this.add({ kind: 'resource', value: name, label: `from ${from} database ${name}` });
  }

  connection(value: string | undefined, from: string): ConnectionFacts | undefined {
    if (value === undefined || value === '' || value.startsWith('$')) return undefined;
    const facts = readConnection(value);
    this.host(facts.host, from);
    this.database(facts.database, from);
    return facts;
  }

  context(value: string | undefined, label: string): void {
    if (value === undefined || value === '' || value.startsWith('$')) return;
    this.add({ kind: 'context', value, label });
  }

  path(value: string | undefined, label: string): void {
    if (value === undefined || value === '' || value.startsWith('$')) return;
    this.add({ kind: 'path', value, label });
  }

  private add(h: EnvHint): void {
    const key = `${h.kind}\u0000${h.value}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.hints.push(h);
  }
}
