import { describe, expect, it } from 'vitest';
import { readGraphqlDocument } from '../../../src/engine/parse/graphql/readGraphqlDocument';
import { payloadsFromBody } from '../../../src/engine/parse/graphql/graphqlPayloads';

function roots(doc: string, vars: Record<string, unknown> = {}, op?: string): { kind: string; name: string; args: unknown }[] {
  const r = readGraphqlDocument(doc, vars, op);
  if (!r.ok) throw new Error(r.error);
  return r.operations.flatMap((o) => o.fields.map((f) => ({ kind: o.kind, name: f.name, args: f.args })));
}

describe('readGraphqlDocument', () => {
  it('resolves variables from the request, then defaults, else marks them unresolved', () => {
    expect(roots('mutation($id: String!) { volumeDelete(volumeId: $id) }', { id: 'v1' })).toEqual([{ kind: 'mutation', name: 'volumeDelete', args: { volumeId: 'v1' } }]);
    expect(roots('mutation($id: String = "d") { volumeDelete(volumeId: $id) }')[0]?.args).toEqual({ volumeId: 'd' });
    expect(roots('mutation($id: String!) { volumeDelete(volumeId: $id) }')[0]?.args).toEqual({ volumeId: { unresolved: 'id' } });
  });
  it('reads objects, lists, enums and nulls', () => {
    expect(roots('mutation { x(input: {a: [1, "b"], c: null, d: TRUE_ENUM, e: true}) }')[0]?.args).toEqual({ input: { a: [1, 'b'], c: null, d: 'TRUE_ENUM', e: true } });
  });
  it('selects the named operation; with no name every operation is read', () => {
    const doc = 'query A { me { id } } mutation B { projectDelete(id: 1) }';
    expect(roots(doc, {}, 'A').map((r) => r.name)).toEqual(['me']);
    expect(roots(doc, {}, 'B').map((r) => r.name)).toEqual(['projectDelete']);
    expect(roots(doc).map((r) => r.name)).toEqual(['me', 'projectDelete']);
  });
  it('expands fragment spreads and inline fragments, keeps aliases, survives fragment cycles', () => {
    const r = readGraphqlDocument('mutation { ...F ... on Mutation { b: serviceDelete(id: "s") } } fragment F on Mutation { ...G } fragment G on Mutation { ...F projectDelete(id: "p") }');
    expect(r.ok && r.operations[0]?.fields.map((f) => [f.alias, f.name])).toEqual([
      [undefined, 'projectDelete'],
      ['b', 'serviceDelete'],
    ]);
  });
  it('reports a document that does not parse', () => {
    expect(readGraphqlDocument('mutation { x(').ok).toBe(false);
  });
});

describe('payloadsFromBody', () => {
  it('reads envelopes, batches, bare documents, form fields and persisted queries', () => {
    expect(payloadsFromBody('{"query":"mutation { a }","variables":{"x":1},"operationName":"Op"}', new Map())).toEqual([{ document: 'mutation { a }', variables: { x: 1 }, operationName: 'Op' }]);
    expect(payloadsFromBody('[{"query":"{ a }"},{"query":"mutation { b }"}]', new Map()).map((p) => p.document)).toEqual(['{ a }', 'mutation { b }']);
    expect(payloadsFromBody('mutation { c }', new Map())[0]?.document).toBe('mutation { c }');
    expect(payloadsFromBody('query=mutation%20%7B%20d%20%7D', new Map())[0]?.document).toBe('mutation { d }');
    expect(payloadsFromBody(undefined, new Map([['query', 'mutation { e }']]))[0]?.document).toBe('mutation { e }');
    expect(payloadsFromBody('{"extensions":{"persistedQuery":{"sha256Hash":"abc"}}}', new Map())[0]?.persistedId).toBe('abc');
    expect(payloadsFromBody('{"variables":"{\\"v\\":2}","query":"{ a }"}', new Map())[0]?.variables).toEqual({ v: 2 });
  });
  it('ignores bodies that are not GraphQL', () => {
    expect(payloadsFromBody('{"name":"bob"}', new Map())).toEqual([]);
    expect(payloadsFromBody('a=1&b=2', new Map())).toEqual([]);
    expect(payloadsFromBody('not json {', new Map())).toEqual([]);
  });
});
