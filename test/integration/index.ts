// Loaded by the real extension host through extensionTestsPath: runs the Mocha suite in
// tests.js and writes the results where the runner script reads them.
import * as fs from 'node:fs';
import * as path from 'node:path';
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

export function run(): Promise<void> {
  const out = process.env['DAG_TEST_OUT'] ?? path.join(__dirname, 'results');
  fs.mkdirSync(out, { recursive: true });
  const report = path.join(out, 'integration-report.txt');
  fs.writeFileSync(report, '');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require(process.env['DAG_MOCHA'] ?? 'mocha') as MochaCtor;
  Mocha.reporters.Base.consoleLog = (...a: unknown[]) => fs.appendFileSync(report, util.format(...a) + '\n');
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'tests.js'), mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(__dirname, 'tests.js'));
  return new Promise((resolve, reject) => {
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
