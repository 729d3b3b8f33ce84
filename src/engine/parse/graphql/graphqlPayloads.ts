// GraphQL requests carried by an HTTP body: JSON envelopes `{"query", "variables", "operationName"}`
// (and batched arrays of them), persisted queries named by hash only, bare documents
// (`application/graphql`), and `query=` form or url-encoded fields.

export interface GraphqlPayload {
  document?: string;
  variables: Record<string, unknown>;
  operationName?: string;
  /** Set when the request names a stored document by hash or id and carries no document. */
  persistedId?: string;
}

const DOCUMENT_START = /^\s*(mutation|query|subscription|fragment)\b(?!\s*=)|^\s*\{\s*[A-Za-z_]/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function payloadsFromBody(body: string | undefined, form: ReadonlyMap<string, string>): GraphqlPayload[] {
  const out: GraphqlPayload[] = [];
  if (body !== undefined && body.trim() !== '') {
    const json = tryJson(body);
    if (json.ok) {
      const items = Array.isArray(json.value) ? (json.value as unknown[]) : [json.value];
      for (const item of items) {
        const p = isRecord(item) ? fromEnvelope(item) : undefined;
        if (p) out.push(p);
      }
    } else if (DOCUMENT_START.test(body)) {
      out.push({ document: body, variables: {} });
    } else if (/(^|&)query=/.test(body)) {
      const p = fromFields(new URLSearchParams(body));
      if (p) out.push(p);
    }
  }
  if (form.has('query')) {
    const p = fromFields(form);
    if (p) out.push(p);
  }
  return out;
}

function fromEnvelope(o: Record<string, unknown>): GraphqlPayload | undefined {
  const variables = readVariables(o['variables']);
  const operationName = typeof o['operationName'] === 'string' ? o['operationName'] : undefined;
  const query = o['query'];
  if (typeof query === 'string' && query.trim() !== '') {
    const p: GraphqlPayload = { document: query, variables };
    if (operationName) p.operationName = operationName;
    return p;
  }
  const persisted = persistedIdOf(o);
  if (persisted === undefined) return undefined;
  const p: GraphqlPayload = { variables, persistedId: persisted };
  if (operationName) p.operationName = operationName;
  return p;
}

function persistedIdOf(o: Record<string, unknown>): string | undefined {
  const ext = o['extensions'];
  if (isRecord(ext)) {
    const pq = ext['persistedQuery'];
    if (isRecord(pq) && typeof pq['sha256Hash'] === 'string') return pq['sha256Hash'];
  }
  for (const key of ['documentId', 'doc_id', 'queryId', 'query_id', 'hash']) {
    const v = o[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

function fromFields(fields: { get(key: string): string | null | undefined }): GraphqlPayload | undefined {
  const query = fields.get('query');
  if (!query) return undefined;
  const vars = fields.get('variables');
  const p: GraphqlPayload = { document: query, variables: vars ? readVariables(vars) : {} };
  const op = fields.get('operationName');
  if (op) p.operationName = op;
  return p;
}

function readVariables(v: unknown): Record<string, unknown> {
  if (isRecord(v)) return v;
  if (typeof v === 'string') {
    const j = tryJson(v);
    if (j.ok && isRecord(j.value)) return j.value;
  }
  return {};
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(t) as unknown };
  } catch {
    return { ok: false };
  }
}
