import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/engine/parse/shell/parseLine';
import { readHttpRequest } from '../../../src/engine/parse/http/readHttpRequest';
import type { HttpRequest } from '../../../src/engine/parse/http/httpRequest';

const CWD = '/home/dev/project';
const FILES: Record<string, string> = { [`${CWD}/body.json`]: '{"a":1}\n', '/home/dev/q.graphql': 'mutation { x }' };

function read(line: string): HttpRequest | undefined {
  const cmds = parseLine(line, { cwd: CWD, env: {}, home: '/home/dev', readFile: (p) => FILES[p] }).commands;
  const cmd = cmds.find((c) => ['curl', 'wget', 'http', 'https', 'xh'].includes(c.name));
  return cmd && readHttpRequest(cmd, { cwd: CWD, home: '/home/dev', readFile: (p) => FILES[p] });
}

describe('readHttpRequest', () => {
  const table: [string, { method: string; url?: string; host?: string; body?: string; offline?: boolean; unreadable?: number }][] = [
    ['curl https://example.com/a/b', { method: 'GET', host: 'example.com', url: 'a/b' }],
    ['curl -d x=1 https://example.com', { method: 'POST', body: 'x=1' }],
    ['curl -d a=1 -d b=2 https://example.com', { method: 'POST', body: 'a=1&b=2' }],
    ['curl -G -d q=1 https://example.com', { method: 'GET' }],
    ['curl -I https://example.com', { method: 'HEAD' }],
    ['curl -T f.txt https://example.com/up', { method: 'PUT' }],
    ['curl -XDELETE localhost:8001/services/x', { method: 'DELETE', host: 'localhost', url: 'services/x' }],
    ['curl --request=delete https://example.com/x', { method: 'DELETE' }],
    ['curl --url https://example.com/u -X PATCH', { method: 'PATCH', url: 'u' }],
    ['curl -sd@body.json https://example.com', { method: 'POST', body: '{"a":1}' }],
    ['curl --data-binary @body.json https://example.com', { method: 'POST', body: '{"a":1}\n' }],
    ['curl --json @body.json https://example.com', { method: 'POST', body: '{"a":1}\n' }],
    ['curl -d @~/q.graphql https://example.com', { method: 'POST', body: 'mutation { x }' }],
    ['curl -d @missing.json https://example.com', { method: 'POST', unreadable: 1 }],
    ['curl -d @- https://example.com <<< \'{"b":2}\'', { method: 'POST', body: '{"b":2}' }],
    ["echo 'x=1' | curl --data @- https://example.com", { method: 'POST', body: 'x=1' }],
    ['curl --data-raw @body.json https://example.com', { method: 'POST', body: '@body.json' }],
    ['wget https://example.com/f', { method: 'GET', url: 'f' }],
    ['wget --post-data a=1 https://example.com', { method: 'POST', body: 'a=1' }],
    ['wget --method=DELETE --body-data=x https://example.com/r', { method: 'DELETE', body: 'x', url: 'r' }],
    ['http :9200/my-index', { method: 'GET', host: 'localhost', url: 'my-index' }],
    ['http DELETE :9200/my-index', { method: 'DELETE', url: 'my-index' }],
    ['http example.com name=bob', { method: 'POST', body: '{"name":"bob"}' }],
    ['http example.com n:=3 X-Api:abc q==1', { method: 'POST', body: '{"n":3}' }],
    ['https api.example.com/v1', { method: 'GET', host: 'api.example.com' }],
    ['xh post https://e.com/p name=john', { method: 'POST', body: '{"name":"john"}' }],
    ['xh get https://e.com h:v', { method: 'GET' }],
    ['http --offline DELETE https://e.com/x', { method: 'DELETE', offline: true }],
    ['http POST https://e.com < body.json', { method: 'POST', body: '{"a":1}\n' }],
  ];
  for (const [line, want] of table) {
    it(line, () => {
      const r = read(line);
      expect(r).toBeDefined();
      expect(r?.method).toBe(want.method);
      if (want.host !== undefined) expect(r?.urls[0]?.host).toBe(want.host);
      if (want.url !== undefined) expect(r?.urls[0]?.segments.join('/')).toBe(want.url);
      if (want.body !== undefined) expect(r?.body).toBe(want.body);
      if (want.offline !== undefined) expect(r?.offline).toBe(want.offline);
      if (want.unreadable !== undefined) expect(r?.unreadable.length).toBe(want.unreadable);
    });
  }

  it('keeps header values out of anything but the header map', () => {
    const r = read('curl -H "Authorization: Bearer secret" -H "Content-Type: application/json" https://e.com');
    expect(r?.headers.get('content-type')).toBe('application/json');
    expect(r?.urls.map((u) => u.text)).toEqual(['https://e.com']);
  });
});
