/// <reference types="mocha" />
// In-host integration tests: the real extension, the real vscode API, the real socket.
// Modal dialogs are refused in extension-test mode, so window.showWarningMessage and
// showInputBox are replaced for the duration of a test (the extension looks them up at call time).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GateApi } from '../../src/extension/extension';
import { GO_ON_BUTTON } from '../../src/extension/ui/confirmDialog';
import { APPROVE_BUTTON } from '../../src/extension/settings/policyGuard';
import { askGate } from '../../src/protocol/client';
import { BUILT_IN_RULES } from '../../src/engine/rules/registry';
import { listWindows, rankWindows, registryDir } from '../../src/protocol/discovery';

type Win = { showWarningMessage: unknown; showInputBox: unknown };
const win = vscode.window as unknown as Win;

function stubDialogs(warning: (...a: unknown[]) => unknown, input?: (opts: vscode.InputBoxOptions) => unknown): () => void {
  const saved = { w: win.showWarningMessage, i: win.showInputBox };
  win.showWarningMessage = (...a: unknown[]) => Promise.resolve(warning(...a));
  if (input) win.showInputBox = (opts: vscode.InputBoxOptions) => Promise.resolve(input(opts));
  return () => {
    win.showWarningMessage = saved.w;
    win.showInputBox = saved.i;
  };
}

function rawExchange(socket: string, line: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const c = net.createConnection(socket, () => c.write(line + '\n'));
    let buf = '';
    c.on('data', (d) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        c.destroy();
        resolve(JSON.parse(buf.slice(0, nl)) as Record<string, unknown>);
      }
    });
    c.on('error', reject);
    setTimeout(() => reject(new Error('no reply')), 10_000);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('destructiveGate');
const folder = (): string => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '/';

let api: GateApi;

before(async () => {
  const ext = vscode.extensions.getExtension<GateApi>('destructive-action-gate.destructive-action-gate');
  assert.ok(ext, 'extension is installed in the host');
  api = await ext.activate();
  await api.ready;
  // A user rule: a tightening, applied at once.
  await config().update('rules', [{ name: 'it-rm', command: 'rm -rf important*', reason: 'deletes the important folder', target: 'important' }], vscode.ConfigurationTarget.Global);
  await sleep(300);
});

after(async () => {
  await config().update('rules', undefined, vscode.ConfigurationTarget.Global);
});

describe('activation', () => {
  it('activates fast and registers its commands', async () => {
    assert.ok(api.activationMs < 200, `activate() took ${api.activationMs} ms`);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['destructiveGate.showAuditLog', 'destructiveGate.explainCommand', 'destructiveGate.pause', 'destructiveGate.resume', 'destructiveGate.showSettingsProblems']) {
      assert.ok(commands.includes(c), `${c} registered`);
    }
    if (process.platform !== 'win32') assert.equal(fs.statSync(api.socketPath).mode & 0o777, 0o600);
  });
});

describe('the channel', () => {
  it('rejects a wrong secret', async () => {
    const r = await rawExchange(api.socketPath, JSON.stringify({ v: 1, id: 'a1', secret: 'wrong', verb: 'ping' }));
    assert.equal(r['ok'], false);
    assert.equal(r['error'], 'unauthorised');
    assert.equal(r['id'], 'a1');
  });
  it('answers a malformed request', async () => {
    assert.equal((await rawExchange(api.socketPath, '{not json'))['error'], 'bad-request');
    assert.equal((await rawExchange(api.socketPath, JSON.stringify({ v: 1, id: 'b', secret: api.secret, verb: 'ask', cwd: 5 })))['error'], 'bad-request');
  });
  it('answers an unknown verb and an unknown version', async () => {
    assert.equal((await rawExchange(api.socketPath, JSON.stringify({ v: 1, id: 'c', secret: api.secret, verb: 'approve' })))['error'], 'unknown-verb');
    assert.equal((await rawExchange(api.socketPath, JSON.stringify({ v: 99, id: 'd', secret: api.secret, verb: 'ping' })))['error'], 'unsupported-version');
  });
  it('answers ping with this window', async () => {
    const r = await rawExchange(api.socketPath, JSON.stringify({ v: 1, id: 'e', secret: api.secret, verb: 'ping' }));
    assert.equal(r['ok'], true);
    assert.equal(r['pid'], process.pid);
  });
});

describe('discovery by workspace folder', () => {
  it('the registry names this window for a path inside its workspace', () => {
    const ranked = rankWindows(listWindows(registryDir()), { cwd: path.join(folder(), 'sub', 'dir') });
    assert.equal(ranked[0]?.window.registration.socket, api.socketPath);
    assert.ok((ranked[0]?.score ?? 0) > 0);
  });
});

describe('asking, confirming and the audit log', () => {
  it('a confirmed request is allowed once and audited; a cancelled one is denied and audited', async () => {
    let shown = '';
    let validation: string | null | undefined;
    let restore = stubDialogs(
      (_title, opts) => {
        shown = String((opts as { detail?: string }).detail);
        return sleep(3100).then(() => GO_ON_BUTTON);
      },
      (opts) => {
        validation = opts.validateInput?.('Important') as string | null | undefined;
        return 'important';
      },
    );
    try {
      const r = await askGate({ source: { kind: 'agent-hook', agent: 'cursor' }, command: 'rm -rf important', cwd: folder(), env: {} }, { timeoutMs: 30_000, endpointEnv: {} });
      assert.equal(r.kind, 'reply');
      if (r.kind === 'reply') {
        assert.equal(r.reply.answer, 'allow');
        assert.equal(r.reply.outcome, 'confirmed');
        assert.equal(r.reply.decision.target, 'important');
      }
      if (r.kind === 'reply') assert.ok(shown.startsWith(`ENVIRONMENT: ${r.reply.decision.environment?.name.toUpperCase() ?? 'UNKNOWN'}`), shown);
      assert.ok(validation, 'a wrong-case name is rejected by the input box');
      // The one-shot pass: the same line from the terminal layer right after.
      const again = await askGate({ source: { kind: 'terminal' }, command: 'rm -rf important', cwd: folder(), env: {} }, { timeoutMs: 10_000, endpointEnv: {} });
      assert.equal(again.kind === 'reply' && again.reply.outcome, 'one-shot-pass');
    } finally {
      restore();
    }
    restore = stubDialogs(() => undefined);
    try {
      const r = await askGate({ source: { kind: 'terminal' }, command: 'rm -rf important2', cwd: folder(), env: {} }, { timeoutMs: 30_000, endpointEnv: {} });
      assert.equal(r.kind === 'reply' && r.reply.outcome, 'cancelled');
      assert.equal(r.kind === 'reply' && r.reply.answer, 'deny');
    } finally {
      restore();
    }
    const records = fs.readFileSync(api.auditFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { outcome: string; command: string });
    const outcomes = records.map((x) => x.outcome);
    assert.ok(outcomes.includes('confirmed') && outcomes.includes('cancelled') && outcomes.includes('one-shot-pass'), `audit outcomes: ${outcomes.join(',')}`);
  });
});

describe('settings', () => {
  it('reports an invalid entry by its exact key and keeps the rest', async () => {
    await config().update('allow', ['make clean', { regex: '(a+)+$' }], vscode.ConfigurationTarget.Global);
    const restore = stubDialogs(() => undefined);
    try {
      await sleep(500);
      const s = api.settingsState();
      assert.ok(s.problems.some((p) => p.key === 'destructiveGate.allow[1].regex'), JSON.stringify(s.problems));
      assert.equal(s.effective.policy.rules.length, 1);
    } finally {
      await config().update('allow', undefined, vscode.ConfigurationTarget.Global);
      restore();
    }
  });

  it('a loosening stays pending with the stricter settings in force until approved', async () => {
    let asked = 0;
    let restore = stubDialogs(() => {
      asked++;
      return undefined;
    });
    try {
      await config().update('enabled', false, vscode.ConfigurationTarget.Workspace);
      await sleep(500);
      const s = api.settingsState();
      assert.ok(asked >= 1, 'the pending-change dialog was shown');
      assert.equal(s.effective.policy.enabled, true);
      assert.ok(s.pending.some((c) => c.key === 'destructiveGate.enabled' && c.loosens));
    } finally {
      restore();
    }
    restore = stubDialogs(() => sleep(3200).then(() => APPROVE_BUTTON));
    try {
      assert.equal(await vscode.commands.executeCommand('destructiveGate.reviewPendingSettings'), undefined);
      await sleep(300);
      assert.equal(api.settingsState().effective.policy.enabled, false);
      assert.equal(api.settingsState().pending.length, 0);
    } finally {
      restore();
      await config().update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
      await sleep(300);
    }
    assert.equal(api.settingsState().effective.policy.enabled, true, 'turning it back on is a tightening, applied at once');
  });
});

describe('a time-boxed allowance for one rule in this workspace', () => {
  type Pick = { showQuickPick: unknown };
  const ask = (command: string, cwd = folder()): Promise<string> =>
    askGate({ source: { kind: 'terminal' }, command, cwd, env: {} }, { timeoutMs: 30_000, endpointEnv: {} }).then((r) => (r.kind === 'reply' ? r.reply.outcome : r.kind));

  it('needs the typed phrase, lets that rule alone through here, never a refusal, and ends early from its status bar item', async () => {
    const w = vscode.window as unknown as Pick;
    const savedPick = w.showQuickPick;
    let offered: string[] = [];
    w.showQuickPick = (items: readonly { rule: string }[]) => {
      offered = items.map((i) => i.rule);
      return Promise.resolve(items.find((i) => i.rule === 'git/reset-hard'));
    };
    let asked = 0;
    let inputs: vscode.InputBoxOptions[] = [];
    const answers = (phrase: (o: vscode.InputBoxOptions) => string | undefined) => (o: vscode.InputBoxOptions) => {
      inputs.push(o);
      return inputs.length === 1 ? '15' : phrase(o);
    };
    let restore = stubDialogs(() => void asked++, answers(() => 'allow git/reset-hard for 15 minute'));
    try {
      await vscode.commands.executeCommand('destructiveGate.allowRule');
      assert.equal(api.allowances().length, 0, 'a wrong phrase grants nothing');
      assert.ok(offered.includes('git/reset-hard'));
      const denyRules = BUILT_IN_RULES.filter((r) => r.verdict === 'deny').map((r) => r.id);
      assert.ok(denyRules.length > 0 && denyRules.every((id) => !offered.includes(id)), 'deny rules are never offered');
    } finally {
      restore();
    }
    inputs = [];
    restore = stubDialogs(() => void asked++, answers((o) => o.placeHolder));
    try {
      const before = Date.now();
      await vscode.commands.executeCommand('destructiveGate.allowRule', 'ignored-argument');
      assert.equal(inputs[1]?.placeHolder, 'allow git/reset-hard for 15 minutes');
      assert.ok(inputs[1]?.validateInput?.('allow git/reset-hard for 15 minute'), 'the phrase must be exact');
      const live = api.allowances();
      assert.equal(live.length, 1);
      assert.equal(live[0]?.rule, 'git/reset-hard');
      assert.ok(Math.abs((live[0]?.until ?? 0) - before - 15 * 60_000) < 5_000);

      assert.equal(await ask('git reset --hard'), 'allowance');
      assert.equal(asked, 0, 'no dialog for the allowed rule');
      assert.equal(await ask('git reset --hard && git clean -fdx'), 'cancelled', 'another rule on the line still asks');
      assert.equal(asked, 1);
      assert.equal(await ask('git reset --hard', fs.mkdtempSync(path.join(os.tmpdir(), 'dag-outside-'))), 'cancelled', 'not outside this workspace');
      assert.equal(await ask('rm -rf ~'), 'denied');

      // The status bar item's click runs this command with its rule.
      await vscode.commands.executeCommand('destructiveGate.endAllowance', 'git/reset-hard');
      assert.equal(api.allowances().length, 0);
      assert.equal(await ask('git reset --hard'), 'cancelled', 'asks again once ended');
    } finally {
      restore();
      w.showQuickPick = savedPick;
    }

    // From the confirmation dialog itself: its second button, then minutes and the phrase.
    inputs = [];
    restore = stubDialogs((_t, _o, ...buttons) => buttons.find((b) => typeof b === 'string' && b.startsWith('Allow git/reset-hard')), (o) => {
      inputs.push(o);
      return inputs.length === 1 ? '5' : o.placeHolder;
    });
    try {
      assert.equal(await ask('git reset --hard'), 'allowance');
      assert.equal(inputs[1]?.placeHolder, 'allow git/reset-hard for 5 minutes');
      assert.equal(api.allowances()[0]?.rule, 'git/reset-hard');
    } finally {
      restore();
      await vscode.commands.executeCommand('destructiveGate.endAllowance', 'git/reset-hard');
    }
    const outcomes = fs.readFileSync(api.auditFile, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { outcome: string }).outcome);
    for (const o of ['allowance-granted', 'allowance', 'allowance-ended']) assert.ok(outcomes.includes(o), `audit has ${o}`);
  });
});

describe('a dialog that timed out', () => {
  it('denies at once, and a late click on the modal still on screen confirms nothing and grants no pass', async function () {
    this.timeout(60_000);
    // Ten seconds is the shortest timeout the settings accept; lowering it is a tightening, applied at once.
    await config().update('confirmTimeoutSeconds', 10, vscode.ConfigurationTarget.Global);
    await sleep(300);
    assert.equal(api.settingsState().effective.confirmTimeoutSeconds, 10);
    const w = vscode.window as unknown as { showInformationMessage: unknown };
    const savedInfo = w.showInformationMessage;
    let notices = 0;
    w.showInformationMessage = () => {
      notices++;
      return Promise.resolve(undefined);
    };
    let inputs = 0;
    let lateClicked = false;
    let restore = stubDialogs(
      () => sleep(10_800).then(() => {
        lateClicked = true;
        return GO_ON_BUTTON;
      }),
      () => {
        inputs++;
        return 'important';
      },
    );
    try {
      const started = Date.now();
      const r = await askGate({ source: { kind: 'terminal' }, command: 'rm -rf important-late', cwd: folder(), env: {} }, { timeoutMs: 30_000, endpointEnv: {} });
      assert.equal(r.kind === 'reply' && r.reply.outcome, 'timed-out');
      assert.equal(r.kind === 'reply' && r.reply.answer, 'deny');
      assert.ok(Date.now() - started < 10_700, 'the client is answered when the time is up, not when the modal is dismissed');
      assert.equal(lateClicked, false);
      await sleep(1_200);
      assert.equal(lateClicked, true);
      assert.equal(inputs, 0, 'the late click does not open the name box');
      assert.equal(notices, 1, 'the user is told the late click was ignored');
    } finally {
      restore();
      w.showInformationMessage = savedInfo;
    }
    restore = stubDialogs(() => undefined);
    try {
      const again = await askGate({ source: { kind: 'terminal' }, command: 'rm -rf important-late', cwd: folder(), env: {} }, { timeoutMs: 30_000, endpointEnv: {} });
      assert.equal(again.kind === 'reply' && again.reply.outcome, 'cancelled', 'no one-shot pass came out of the late click');
      // Back to the default timeout: raising it is a loosening, so it is approved like one.
      await config().update('confirmTimeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
      await sleep(300);
    } finally {
      restore();
    }
    restore = stubDialogs(() => sleep(3200).then(() => APPROVE_BUTTON));
    try {
      await vscode.commands.executeCommand('destructiveGate.reviewPendingSettings');
      await sleep(300);
      assert.equal(api.settingsState().effective.confirmTimeoutSeconds, 120);
    } finally {
      restore();
    }
  });
});
