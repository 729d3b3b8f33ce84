// Loaded by the real extension host through extensionTestsPath: runs the Mocha suite in
// tests.js and writes the results where the runner script reads them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as util from 'node:util';

interface MochaRunner {
  on(event: 'pass', fn: (t: { fullTitle(): string; duration?: number }) => void): void;
  on(event: 'fail', fn: (t: { fullTitle(): string }, err: unknown) => void): void;
}
interface MochaLike {
  suite: { emit(event: string, ...args: unknown[]): void };
  run(done: (failures: number) => void): MochaRunner;
}
interface MochaCtor {
  new (opts: Record<string, unknown>): MochaLike;
  reporters: { Base: { consoleLog: (...a: unknown[]) => void } };
}

/**
 * Mocha as the runner names it (a package folder or its entry file). Mocha 10/11 are CommonJS;
 * mocha 12 is an ES module whose default export is the class: a Node that can require() ES
 * modules hands back its namespace, an older one (some Electron builds) throws ERR_REQUIRE_ESM,
 * and then it is imported instead.
 */
async function loadMocha(spec: string): Promise<MochaCtor> {
  let mod: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(spec);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE') throw e;
    mod = await import(pathToFileURL(require.resolve(spec)).href);
  }
  const ctor = typeof mod === 'function' ? mod : (mod as { default?: unknown } | undefined)?.default;
  if (typeof ctor !== 'function') throw new Error(`${spec} does not export the Mocha class`);
  return ctor as MochaCtor;
}

export async function run(): Promise<void> {
  const out = process.env['DAG_TEST_OUT'] ?? path.join(__dirname, 'results');
  fs.mkdirSync(out, { recursive: true });
  const report = path.join(out, 'integration-report.txt');
  fs.writeFileSync(report, '');
  const Mocha = await loadMocha(process.env['DAG_MOCHA'] ?? 'mocha');
  Mocha.reporters.Base.consoleLog = (...a: unknown[]) => fs.appendFileSync(report, util.format(...a) + '\n');
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'tests.js'), mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(__dirname, 'tests.js'));
  return new Promise<void>((resolve, reject) => {
    const results: unknown[] = [];
    const runner = mocha.run((failures) => {
      fs.writeFileSync(path.join(out, 'integration-results.json'), JSON.stringify({ failures, results }, null, 2));
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err instanceof Error ? (err.stack ?? err.message) : err) }));
  });
}
