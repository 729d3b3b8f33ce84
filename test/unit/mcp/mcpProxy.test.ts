import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../src/engine/model/decision';
import type { ToolCallInput } from '../../../src/engine/model/input';
import { declinedMessage } from '../../../src/cli/hooks/hookMessages';
import type { AskBody, GateAnswer } from '../../../src/cli/hooks/runHook';
import { McpProxy } from '../../../src/cli/mcp/mcpProxy';

const ALLOW: Decision = { verdict: 'allow', findings: [], unverifiable: [], trace: [] };
const CONFIRM: Decision = { verdict: 'confirm', findings: [], unverifiable: [], trace: [], target: 'vol_1' };

function judgeByName(tool: ToolCallInput): Decision {
  const p = tool.payload as { params?: { name?: string } };
  return p.params?.name === 'remove_volume' ? CONFIRM : ALLOW;
}

function reply(answer: 'allow' | 'deny', message: string): GateAnswer {
  return { kind: 'reply', reply: { v: 1, id: 'x', ok: true, verb: 'ask', answer, outcome: answer === 'allow' ? 'confirmed' : 'cancelled', message, decision: CONFIRM } };
}

function setup(ask: (b: AskBody) => Promise<GateAnswer>) {
  const clientIn = new PassThrough();
  const clientOut = new PassThrough();
  const serverIn = new PassThrough();
  const serverOut = new PassThrough();
  const toServer: Buffer[] = [];
  const toClient: Buffer[] = [];
  serverIn.on('data', (b: Buffer) => toServer.push(b));
  clientOut.on('data', (b: Buffer) => toClient.push(typeof b === 'string' ? Buffer.from(b) : b));
  const asked: AskBody[] = [];
  const proxy = new McpProxy({
    clientIn,
    clientOut,
    serverIn,
    serverOut,
    serverCommand: ['railway', 'mcp'],
    serverLabel: 'railway',
    judge: judgeByName,
    ask: (b) => {
      asked.push(b);
      return ask(b);
    },
    cwd: '/w',
    env: {},
  });
  proxy.start();
  return { clientIn, serverOut, serverIn, asked, server: () => Buffer.concat(toServer).toString('utf8'), client: () => Buffer.concat(toClient).toString('utf8') };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('McpProxy relay', () => {
  it('relays client and server traffic byte for byte, including odd spacing, escapes and split chunks', async () => {
    const p = setup(() => Promise.resolve(reply('deny', 'no')));
    const lines = [
      '{"jsonrpc":"2.0", "id":1 ,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{}}}\n',
      '{"jsonrpc":"2.0","method":"notifications/initialized"}\r\n',
      '{"jsonrpc":"2.0","id":"a-2","method":"tools/call","params":{"name":"list_projects","arguments":{"q":"\\u00e9\\n"}}}\n',
      '\n',
    ];
    const all = lines.join('');
    p.clientIn.write(all.slice(0, 17));
    p.clientIn.write(all.slice(17, 120));
    p.clientIn.write(all.slice(120));
    const fromServer = '{"jsonrpc":"2.0","id":"srv-1","method":"roots/list"}\n{"jsonrpc":"2.0","id":1,"result":{"ok":true}}\n';
    p.serverOut.write(fromServer.slice(0, 10));
    p.serverOut.write(fromServer.slice(10));
    await tick();
    expect(p.server()).toBe(all);
    expect(p.client()).toBe(fromServer);
    expect(p.asked).toHaveLength(0);
  });

  it('answers a refused tools/call itself with an isError result under the same id; the server never sees it', async () => {
    const p = setup(() => Promise.resolve(reply('deny', "The user declined deleting 'vol_1'.")));
    p.clientIn.write('{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"remove_volume","arguments":{"volume_id":"vol_1","confirm":true}}}\n');
    p.clientIn.write('{"jsonrpc":"2.0","id":"s8","method":"tools/call","params":{"name":"remove_volume","arguments":{"volume_id":"vol_2"}}}\n');
    await tick();
    expect(p.server()).toBe('');
    const replies = p.client().trim().split('\n').map((l) => JSON.parse(l) as unknown);
    const text = declinedMessage("The user declined deleting 'vol_1'.");
    expect(replies).toEqual([
      { jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text }], isError: true } },
      { jsonrpc: '2.0', id: 's8', result: { content: [{ type: 'text', text }], isError: true } },
    ]);
    expect(p.asked[0]).toMatchObject({ verb: 'ask', source: { kind: 'mcp-proxy', server: 'railway' }, tool: { agent: 'mcp' } });
  });

  it('forwards a confirmed call unchanged, and keeps relaying other traffic while it is held', async () => {
    let release: (a: GateAnswer) => void = () => undefined;
    const p = setup(() => new Promise<GateAnswer>((r) => (release = r)));
    const call = '{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"remove_volume","arguments":{"volume_id":"vol_1"}}}\n';
    const ping = '{"jsonrpc":"2.0","id":10,"method":"ping"}\n';
    p.clientIn.write(call + ping);
    await tick();
    expect(p.server()).toBe(ping);
    release(reply('allow', 'confirmed'));
    await tick();
    expect(p.server()).toBe(ping + call);
    expect(p.client()).toBe('');
  });

  it('drops a held call the client cancels, passing the cancellation through untouched', async () => {
    let release: (a: GateAnswer) => void = () => undefined;
    const p = setup(() => new Promise<GateAnswer>((r) => (release = r)));
    const call = '{"jsonrpc":"2.0","id":"c1","method":"tools/call","params":{"name":"remove_volume","arguments":{}}}\n';
    const cancel = '{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":"c1","reason":"user"}}\n';
    p.clientIn.write(call + cancel);
    await tick();
    release(reply('deny', 'no'));
    await tick();
    expect(p.server()).toBe(cancel);
    expect(p.client()).toBe('');
  });

  it('judges a tools/call spelled with JSON escapes', async () => {
    const p = setup(() => Promise.resolve(reply('deny', 'no')));
    p.clientIn.write('{"jsonrpc":"2.0","id":3,"method":"tools\\/call","params":{"name":"remove\\u005fvolume","arguments":{}}}\n');
    await tick();
    expect(p.server()).toBe('');
    expect((JSON.parse(p.client()) as { result: { isError: boolean } }).result.isError).toBe(true);
  });

  it('refuses a line that is not JSON instead of forwarding it', async () => {
    const p = setup(() => Promise.resolve(reply('deny', 'no')));
    p.clientIn.write('{"jsonrpc":"2.0","id":4,"method":"tools/call",\n');
    await tick();
    expect(p.server()).toBe('');
    expect(JSON.parse(p.client())).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
  });

  it('never writes its own reply into the middle of a server line', async () => {
    const p = setup(() => Promise.resolve(reply('deny', 'no')));
    p.serverOut.write('{"jsonrpc":"2.0","method":"notifications/progress",');
    p.clientIn.write('{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"remove_volume","arguments":{}}}\n');
    await tick();
    expect(p.client()).toBe('{"jsonrpc":"2.0","method":"notifications/progress",');
    p.serverOut.write('"params":{}}\n');
    await tick();
    const lines = p.client().trim().split('\n');
    expect(lines[0]).toBe('{"jsonrpc":"2.0","method":"notifications/progress","params":{}}');
    expect(JSON.parse(lines[1] as string)).toMatchObject({ id: 5, result: { isError: true } });
  });

  it('refuses when no editor answers (fail mode deny by default)', async () => {
    const p = setup(() => Promise.resolve({ kind: 'unreachable', reason: 'no editor window with Destructive Action Gate is running' }));
    p.clientIn.write('{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"remove_volume","arguments":{}}}\n');
    await tick();
    expect(p.server()).toBe('');
    expect(JSON.parse(p.client())).toMatchObject({ id: 6, result: { isError: true } });
  });
});
