// Runs the Mocha suite in test/integration INSIDE a real extension host: code-server serves the
// workbench, headless Debian Chromium is its main thread, and the extension under development
// plus the tests are passed through the URL payload (code-server has no --extensionTestsPath).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, installCodeServer, launchChromium, makeInstance, startCodeServer } from './codeServer.mjs';

const repo = process.cwd();
// Inside the extension folder, so the tests get the same `vscode` API object as the extension.
const outDir = path.join(repo, '.e2e/out-test');
fs.rmSync(outDir, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], logLevel: 'warning', sourcemap: 'inline' };
await build({ ...common, entryPoints: ['test/integration/index.ts'], outfile: path.join(outDir, 'index.js') });
await build({ ...common, entryPoints: ['test/integration/tests.ts'], outfile: path.join(outDir, 'tests.js') });

const prefix = installCodeServer();
const inst = makeInstance(path.resolve('.e2e/inst-integration'));
const ws = path.join(inst, 'ws');
const results = path.resolve('test-results/integration');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });
const port = await freePort();
const server = await startCodeServer(prefix, inst, port, { DAG_MOCHA: path.join(prefix, 'tools/node_modules/mocha'), DAG_TEST_OUT: results });
const authority = `127.0.0.1:${port}`;
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://${authority}${repo}`],
  ['extensionTestsPath', `vscode-remote://${authority}${path.join(outDir, 'index.js')}`],
];
const { default: playwright } = await import('playwright-core');
const browser = await launchChromium(playwright, fs.mkdtempSync(path.join(inst, 'tmp', 'chrome-')));
let code = 1;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  let done;
  const exited = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationExit', (c) => done(c));
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded' });
  code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 300_000))]);
  await page.screenshot({ path: path.join(results, 'finished.png') }).catch(() => {});
} finally {
  await browser.close().catch(() => {});
  server.stop();
}
try {
  process.stdout.write(fs.readFileSync(path.join(results, 'integration-report.txt'), 'utf8'));
} catch {
  console.log(`no report; code-server log:\n${fs.readFileSync(path.join(inst, 'code-server.log'), 'utf8').slice(-3000)}`);
}
console.log(`integration: exit ${code}`);
process.exit(code === 0 ? 0 : 1);
