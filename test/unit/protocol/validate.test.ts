import { describe, expect, it } from 'vitest';
import { checkRegistration, parseReplyLine, parseRequestLine } from '../../../src/protocol/validate';

const ask = { v: 1, id: 'r1', secret: 's', verb: 'ask', source: { kind: 'terminal', label: 'bash' }, command: 'rm -rf important', cwd: '/w', env: { HOME: '/h' } };

describe('request validation', () => {
  it('accepts a well-formed ask and copies only known fields', () => {
    const r = parseRequestLine(JSON.stringify({ ...ask, extra: 1 }));
    expect(r.ok).toBe(true);
    if (r.ok && r.request.verb === 'ask') {
      expect(r.request.command).toBe('rm -rf important');
      expect(r.request.env?.['HOME']).toBe('/h');
      expect(Object.keys(r.request)).not.toContain('extra');
    }
  });
  it('answers malformed JSON as bad-request', () => {
    expect(parseRequestLine('{nope')).toMatchObject({ ok: false, error: 'bad-request' });
  });
  it('distinguishes unknown verbs and versions', () => {
    expect(parseRequestLine(JSON.stringify({ ...ask, verb: 'approve' }))).toMatchObject({ ok: false, error: 'unknown-verb', id: 'r1' });
    expect(parseRequestLine(JSON.stringify({ ...ask, v: 2 }))).toMatchObject({ ok: false, error: 'unsupported-version', id: 'r1' });
  });
  it('rejects wrong field types, both command and tool, and neither', () => {
    expect(parseRequestLine(JSON.stringify({ ...ask, cwd: 3 }))).toMatchObject({ ok: false, error: 'bad-request' });
    expect(parseRequestLine(JSON.stringify({ ...ask, env: { A: 1 } }))).toMatchObject({ ok: false, error: 'bad-request' });
    expect(parseRequestLine(JSON.stringify({ ...ask, tool: { agent: 'cursor', payload: {} } }))).toMatchObject({ ok: false, error: 'bad-request' });
    const { command: _c, ...noAction } = ask;
    expect(parseRequestLine(JSON.stringify(noAction))).toMatchObject({ ok: false, error: 'bad-request' });
    expect(parseRequestLine(JSON.stringify({ ...ask, source: { kind: 'robot' } }))).toMatchObject({ ok: false, error: 'bad-request' });
  });
  it('drops prototype keys from tool payloads', () => {
    const line = `{"v":1,"id":"t","secret":"s","verb":"ask","source":{"kind":"agent-hook","agent":"cursor"},"cwd":"/w","tool":{"agent":"cursor","payload":{"__proto__":{"x":1},"command":"ls"}}}`;
    const r = parseRequestLine(line);
    expect(r.ok).toBe(true);
    if (r.ok && r.request.verb === 'ask') expect(JSON.stringify(r.request.tool?.payload)).toBe('{"command":"ls"}');
  });
  it('accepts ping', () => {
    expect(parseRequestLine(JSON.stringify({ v: 1, id: 'p', secret: 's', verb: 'ping' }))).toMatchObject({ ok: true });
  });
});

describe('reply validation', () => {
  const decision = { verdict: 'confirm', findings: [{ rule: 'filesystem/rm-recursive', severity: 'high', verdict: 'confirm', reason: 'r', target: 'important', environment: { name: 'unknown', evidence: [] }, source: 'built-in', command: 'rm -rf important' }], target: 'important', unverifiable: [], trace: [] };
  it('accepts a valid ask reply', () => {
    const r = parseReplyLine(JSON.stringify({ v: 1, id: 'a', ok: true, verb: 'ask', answer: 'deny', outcome: 'cancelled', message: 'm', decision }));
    expect(r).toMatchObject({ ok: true, value: { answer: 'deny', outcome: 'cancelled' } });
  });
  it('rejects an answer outside allow/deny and a broken decision', () => {
    expect(parseReplyLine(JSON.stringify({ v: 1, id: 'a', ok: true, verb: 'ask', answer: 'yes', outcome: 'confirmed', message: 'm', decision })).ok).toBe(false);
    expect(parseReplyLine(JSON.stringify({ v: 1, id: 'a', ok: true, verb: 'ask', answer: 'allow', outcome: 'confirmed', message: 'm', decision: { ...decision, verdict: 'maybe' } })).ok).toBe(false);
  });
  it('accepts error replies with known codes only', () => {
    expect(parseReplyLine(JSON.stringify({ v: 1, id: 'a', ok: false, error: 'unauthorised', message: 'm' })).ok).toBe(true);
    expect(parseReplyLine(JSON.stringify({ v: 1, id: 'a', ok: false, error: 'nope', message: 'm' })).ok).toBe(false);
  });
});

describe('registration validation', () => {
  it('requires a real pid, socket and a long secret', () => {
    const base = { v: 1, pid: 10, socket: '/s', secret: 'x'.repeat(32), workspaceFolders: ['/w'], startedAt: '2024-01-01T00:00:00Z' };
    expect(checkRegistration(base).ok).toBe(true);
    expect(checkRegistration({ ...base, pid: -1 }).ok).toBe(false);
    expect(checkRegistration({ ...base, secret: 'short' }).ok).toBe(false);
    expect(checkRegistration({ ...base, failMode: 'maybe' }).ok).toBe(false);
  });
});
