// End-to-end: the PACKAGED .vsix installed into a real code-server, driven by Playwright with
// Debian Chromium. A client asks for destructive actions; the test clicks the real modal and
// types into the real input box, then checks the client's answers and the audit log.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, installCodeServer, installVsix, instanceEnv, launchChromium, makeInstance, startCodeServer, waitForFile } from './codeServer.mjs';

const repo = process.cwd();
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const vsix = path.resolve(`${pkg.name}-${pkg.version}.vsix`);
const shots = path.resolve('test-results/e2e');
fs.mkdirSync(shots, { recursive: true });

const prefix = installCodeServer();
const inst = makeInstance(path.resolve('.e2e/inst-e2e'), {
  // A user rule (a tightening: applies at once) so the scenario does not depend on which built-in packs have landed.
  'destructiveGate.rules': [{ name: 'e2e-rm', command: 'rm -rf important*', verdict: 'confirm', severity: 'high', reason: 'deletes the important folder', target: 'important' }],
});
installVsix(prefix, inst, vsix);
const ws = path.join(inst, 'ws');
fs.mkdirSync(path.join(ws, 'important'), { recursive: true });
await build({ entryPoints: ['test/e2e/askClient.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: '.e2e/askClient.js', logLevel: 'warning' });

const port = await freePort();
const marker = path.join(inst, 'activated.json');
const server = await startCodeServer(prefix, inst, port, { DESTRUCTIVE_GATE_TEST_MARKER: marker });
const profile = fs.mkdtempSync(path.join(inst, 'tmp', 'chrome-'));
const { default: playwright } = await import('playwright-core');
const browser = await launchChromium(playwright, profile);
const page = browser.pages()[0] ?? (await browser.newPage());

const results = [];
let failed = false;
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t });
    console.log(`  ✓ ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    failed = true;
    results.push({ name, ok: false, error: String(e?.stack ?? e) });
    console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
    await page.screenshot({ path: path.join(shots, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

/** Spawns the stand-in client the way a hook would be spawned: same user (HOME), not a child of a terminal. */
function ask(command, env = {}) {
  const child = spawn(process.execPath, [path.join(repo, '.e2e/askClient.js'), JSON.stringify({ command, cwd: ws, env })], { env: instanceEnv(inst), stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('close', () => resolve(JSON.parse(out || '{}'))));
}

const dialog = () => page.locator('.monaco-dialog-box');
const input = () => page.locator('.quick-input-widget .quick-input-box input');

try {
  await step('workbench loads and the packaged extension activates', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
    const info = JSON.parse(await waitForFile(marker, 60_000));
    console.log(`    activate() took ${info.activationMs.toFixed(1)} ms`);
    results.push({ name: 'activationMs', value: info.activationMs });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 30_000 });
  });

  await step('a destructive request (railway volume delete -e production) shows the modal naming the environment; a wrong name is rejected; the right name allows', async () => {
    const answer = ask('railway volume delete --volume data-vol -e production');
    await dialog().waitFor({ timeout: 20_000 });
    const text = await dialog().innerText();
    expect(text.includes('PRODUCTION, from -e production'), `modal does not name the environment: ${text}`);
    expect(text.includes('railway/'), 'modal does not name the rule');
    expect(text.includes('Claude Code'), 'modal does not say who asked');
    await page.screenshot({ path: path.join(shots, '01-confirm-modal.png') });
    // The go-on button is not accepted in the first seconds for an unknown environment.
    await page.getByRole('button', { name: 'Type the name to continue…' }).click();
    await page.waitForTimeout(500);
    expect(await dialog().isVisible(), 'an immediate click went through the delay');
    expect((await dialog().innerText()).includes('first seconds'), 'no note about the delay');
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Type the name to continue…' }).click();
    await input().waitFor({ timeout: 10_000 });
    await input().fill('Data-vol');
    await page.locator('.quick-input-message').filter({ hasText: 'exactly' }).waitFor({ timeout: 5_000 });
    await page.screenshot({ path: path.join(shots, '02-input-rejects-wrong-name.png') });
    await input().press('Enter');
    await page.waitForTimeout(500);
    expect(await input().isVisible(), 'a wrong name closed the input box');
    await input().fill('data-vol');
    await page.screenshot({ path: path.join(shots, '03-input-right-name.png') });
    await input().press('Enter');
    const r = await answer;
    expect(r.kind === 'reply' && r.reply.answer === 'allow' && r.reply.outcome === 'confirmed', `client got ${JSON.stringify(r)}`);
  });

  await step('cancel denies (a Railway volumeDelete through curl)', async () => {
    const answer = ask(`curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer tok_e2e_SECRET" -d '{"query":"mutation { volumeDelete(volumeId: \\"vol-42\\") }"}'`);
    await dialog().waitFor({ timeout: 20_000 });
    const text = await dialog().innerText();
    expect(!text.includes('tok_e2e_SECRET'), 'the token is shown in the dialog');
    expect(text.includes('UNKNOWN'), `modal does not name the environment: ${text}`);
    await page.screenshot({ path: path.join(shots, '04-confirm-modal-railway.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    const r = await answer;
    expect(r.kind === 'reply' && r.reply.answer === 'deny' && r.reply.outcome === 'cancelled', `client got ${JSON.stringify(r)}`);
  });

  await step('the audit log holds both outcomes, redacted', async () => {
    const dir = path.join(inst, 'user-data/User/globalStorage', `${pkg.publisher}.${pkg.name}`);
    const lines = fs.readFileSync(path.join(dir, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const outcomes = lines.map((l) => l.outcome);
    expect(outcomes.includes('confirmed') && outcomes.includes('cancelled'), `audit outcomes: ${outcomes}`);
    expect(!JSON.stringify(lines).includes('tok_e2e_SECRET'), 'the token reached the audit log');
  });

  await step('a loosening edit of .vscode/settings.json shows the pending-change dialog and stays pending when dismissed', async () => {
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(ws, '.vscode/settings.json'), JSON.stringify({ 'destructiveGate.enabled': false, 'destructiveGate.allow': ['rm -rf *'] }, null, 2));
    await dialog().waitFor({ timeout: 20_000 });
    const text = await dialog().innerText();
    expect(text.includes('destructiveGate.enabled') && text.includes('turns the gate OFF'), `pending dialog does not show the change: ${text}`);
    await page.screenshot({ path: path.join(shots, '05-pending-loosening.png') });
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden', timeout: 5_000 });
    // Still gated: the stricter settings stay in force.
    const answer = ask('rm -rf important-again');
    await dialog().waitFor({ timeout: 20_000 });
    expect((await dialog().innerText()).includes('user/e2e-rm'), 'the gate was loosened without approval');
    await page.keyboard.press('Escape');
    const r = await answer;
    expect(r.kind === 'reply' && r.reply.answer === 'deny', `client got ${JSON.stringify(r)}`);
  });

  // Terminal gating (test/e2e/terminal.e2e.mjs): a real integrated bash terminal.
  const { terminalSteps } = await import(path.join(repo, 'test/e2e/terminal.e2e.mjs'));
  await terminalSteps({ page, step, expect, ws, shots, dialog, input });
} finally {
  await browser.close().catch(() => {});
  server.stop();
  fs.writeFileSync(path.join(shots, 'results.json'), JSON.stringify(results, null, 2));
  if (!failed && fs.existsSync(path.join(shots, '01-confirm-modal.png')) && process.env.UPDATE_SCREENSHOT === '1') {
    fs.copyFileSync(path.join(shots, '01-confirm-modal.png'), 'media/screenshot-dialog.png');
  }
}
console.log(failed ? 'e2e: FAILED' : 'e2e: all passed');
process.exit(failed ? 1 : 0);
