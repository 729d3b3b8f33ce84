// The same in-host integration suite in desktop VS Code, through @vscode/test-electron.
// Needs internet access (it downloads VS Code); CI and offline machines use run-integration.mjs
// (code-server + headless Chromium) instead.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = process.cwd();
const outDir = path.join(repo, '.e2e/out-test');
const common = { bundle: true, platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], logLevel: 'warning', sourcemap: 'inline' };
await build({ ...common, entryPoints: ['test/integration/index.ts'], outfile: path.join(outDir, 'index.js') });
await build({ ...common, entryPoints: ['test/integration/tests.ts'], outfile: path.join(outDir, 'tests.js') });
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-electron-ws-'));
const { runTests } = await import('@vscode/test-electron');
const results = path.resolve('test-results/integration-electron');
try {
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(outDir, 'index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { DAG_MOCHA: createRequire(import.meta.url).resolve('mocha'), DAG_TEST_OUT: results },
  });
  console.log(fs.readFileSync(path.join(results, 'integration-report.txt'), 'utf8'));
} catch (e) {
  console.error(`integration (electron) failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
} finally {
  fs.rmSync(ws, { recursive: true, force: true });
}
