// End-to-end for the agent hooks: the PACKAGED .vsix in a real code-server. A hook process is
// started outside any terminal, as an agent starts it (the installed extension's dist/hook.js,
// the instance's HOME, no endpoint variables), with Cursor's beforeShellExecution payload for the
// Railway volumeDelete curl of the incident. The dialog must appear in the window that has the
// folder open, naming the volume id and the environment; Cancel must make the hook print Cursor's
// deny JSON. Then the same with the user typing the id: the hook prints Cursor's allow JSON.
// Usage: VSIX_OUT=.e2e/hooks.vsix npm run package && node scripts/e2e/run-e2e-hooks.mjs .e2e/hooks.vsix
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, installCodeServer, installVsix, instanceEnv, launchChromium, makeInstance, startCodeServer, waitForFile } from './codeServer.mjs';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const vsix = path.resolve(process.argv[2] ?? `${pkg.name}-${pkg.version}.vsix`);
const shots = path.resolve('test-results/e2e-hooks');
fs.mkdirSync(shots, { recursive: true });

const prefix = installCodeServer();
const inst = makeInstance(path.resolve('.e2e/inst-e2e-hooks'));
installVsix(prefix, inst, vsix);
const ws = path.join(inst, 'ws');
const extDir = fs.readdirSync(path.join(inst, 'extensions')).find((d) => d.startsWith(`${pkg.publisher}.${pkg.name}-`));
if (!extDir) throw new Error('the extension was not installed');
const hookEntry = path.join(inst, 'extensions', extDir, 'dist', 'hook.js');

const port = await freePort();
const marker = path.join(inst, 'activated.json');
const server = await startCodeServer(prefix, inst, port, { DESTRUCTIVE_GATE_TEST_MARKER: marker });
const profile = fs.mkdtempSync(path.join(inst, 'tmp', 'chrome-'));
const { default: playwright } = await import('playwright-core');
const browser = await launchChromium(playwright, profile);
const page = browser.pages()[0] ?? (await browser.newPage());

let failed = false;
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    console.log(`  ✓ ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    failed = true;
    console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
    await page.screenshot({ path: path.join(shots, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

/** The hook as Cursor starts it: its own process, the user's HOME, no terminal, payload on stdin. */
function cursorHook(command) {
  const env = instanceEnv(inst);
  delete env.DESTRUCTIVE_GATE_SOCKET;
  delete env.DESTRUCTIVE_GATE_SECRET;
  const child = spawn(process.execPath, [hookEntry, 'hook', '--agent', 'cursor'], { env, cwd: '/', stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(JSON.stringify({ conversation_id: 'c-e2e', generation_id: 'g-e2e', model: 'default', command, cwd: '', sandbox: false, hook_event_name: 'beforeShellExecution', cursor_version: '3.9.16', workspace_roots: [ws], user_email: 'e2e@example.com', transcript_path: path.join(inst, 'tmp', 't.jsonl') }));
  return new Promise((resolve) => child.on('close', (code) => resolve({ stdout, stderr, code })));
}

const curl = `curl -X POST https://backboard.railway.com/graphql/v2 -H "Authorization: Bearer tok_e2e_SECRET" -H 'Content-Type: application/json' -d '{"query":"mutation { volumeDelete(volumeId: \\"vol-42\\") }"}'`;
const dialog = () => page.locator('.monaco-dialog-box');
const input = () => page.locator('.quick-input-widget .quick-input-box input');

try {
  await step('workbench loads and the packaged extension activates', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
    await waitForFile(marker, 60_000);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 30_000 });
  });

  await step('a harmless Cursor call is answered at once with an explicit allow', async () => {
    const r = await cursorHook('ls -la');
    expect(r.code === 0 && r.stdout === '{"permission":"allow"}\n', `hook answered ${JSON.stringify(r)}`);
  });

  await step('the volumeDelete curl from a Cursor hook shows the dialog naming vol-42 and the environment; Cancel → Cursor deny JSON', async () => {
    const answer = cursorHook(curl);
    await dialog().waitFor({ timeout: 30_000 });
    const text = await dialog().innerText();
    expect(text.includes('vol-42'), `the dialog does not name the volume: ${text}`);
    expect(text.includes('UNKNOWN'), `the dialog does not name the environment: ${text}`);
    expect(!text.includes('tok_e2e_SECRET'), 'the token is shown in the dialog');
    await page.screenshot({ path: path.join(shots, '01-cursor-hook-dialog.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    const r = await answer;
    const out = JSON.parse(r.stdout);
    expect(r.code === 0 && out.permission === 'deny' && typeof out.user_message === 'string' && out.user_message === out.agent_message && Object.keys(out).length === 3, `hook answered ${JSON.stringify(r)}`);
    expect(out.user_message.includes('Do not retry'), `the agent is not told to stop: ${out.user_message}`);
  });

  await step('typing the volume id allows: Cursor allow JSON', async () => {
    const answer = cursorHook(curl);
    await dialog().waitFor({ timeout: 30_000 });
    // The go-on button ignores clicks in the first seconds for an unknown environment.
    await page.waitForTimeout(4000);
    await page.getByRole('button', { name: 'Type the name to continue…' }).click();
    await input().waitFor({ timeout: 10_000 });
    await input().fill('vol-42');
    await input().press('Enter');
    const r = await answer;
    expect(r.code === 0 && r.stdout === '{"permission":"allow"}\n', `hook answered ${JSON.stringify(r)}`);
  });
} finally {
  await browser.close().catch(() => {});
  server.stop();
}
console.log(failed ? 'e2e hooks: FAILED' : 'e2e hooks: all passed');
process.exit(failed ? 1 : 0);
