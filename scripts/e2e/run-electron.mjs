// The same in-host integration suite in desktop VS Code, through @vscode/test-electron.
// Needs internet access (it downloads VS Code) unless DAG_VSCODE_EXECUTABLE names an installed
// VS Code binary; CI and offline machines use run-integration.mjs (code-server + headless
// Chromium) instead. DAG_VSCODE_VERSION picks the version to download (default: stable).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = process.cwd();
const require = createRequire(import.meta.url);
const fail = (message, code = 1) => {
  console.error(`integration (electron): ${message}`);
  process.exit(code);
};

// The suite's loader runs inside the extension host, whose Node may not require() ES modules:
// the repo pins a CommonJS mocha (11.x). Check it here, where the error is readable.
const mochaPath = require.resolve('mocha');
const mochaVersion = require('mocha/package.json').version;
let Mocha;
try {
  Mocha = require(mochaPath);
} catch (e) {
  fail(`cannot load mocha ${mochaVersion} with require() (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); the extension host needs a CommonJS mocha (devDependency mocha@^11).`);
}
if (typeof (Mocha?.default ?? Mocha) !== 'function') fail(`mocha ${mochaVersion} at ${mochaPath} does not export the Mocha class.`);

const outDir = path.join(repo, '.e2e/out-test');
const common = { bundle: true, platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], logLevel: 'warning', sourcemap: 'inline' };
await build({ ...common, entryPoints: ['test/integration/index.ts'], outfile: path.join(outDir, 'index.js') });
await build({ ...common, entryPoints: ['test/integration/tests.ts'], outfile: path.join(outDir, 'tests.js') });

const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
let vscodeExecutablePath = process.env['DAG_VSCODE_EXECUTABLE'];
if (vscodeExecutablePath) {
  if (!fs.existsSync(vscodeExecutablePath)) fail(`DAG_VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist.`, 2);
} else {
  const version = process.env['DAG_VSCODE_VERSION'] ?? 'stable';
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(repo, '.vscode-test'), timeout: 30_000 });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    fail(
      [
        `could not download VS Code (${version}) from update.code.visualstudio.com: ${reason}`,
        'This runner needs internet access, or DAG_VSCODE_EXECUTABLE=/path/to/code for an installed VS Code.',
        'Offline, run the same suite in code-server instead: npm run test:integration',
      ].join('\n'),
      2,
    );
  }
}

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-electron-ws-'));
const results = path.resolve('test-results/integration-electron');
fs.rmSync(results, { recursive: true, force: true });
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(outDir, 'index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { DAG_MOCHA: mochaPath, DAG_TEST_OUT: results },
  });
  console.log(fs.readFileSync(path.join(results, 'integration-report.txt'), 'utf8'));
} catch (e) {
  const report = path.join(results, 'integration-report.txt');
  if (fs.existsSync(report)) console.log(fs.readFileSync(report, 'utf8'));
  fail(`failed: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  fs.rmSync(ws, { recursive: true, force: true });
}
