import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, parseAuditLine, type AuditRecord } from '../../../src/extension/audit/auditLog';

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-audit-'));
  writer = path.join(dir, 'writer.cjs');
  // A separate process per "window", each appending through the real AuditLog class.
  fs.writeFileSync(
    path.join(dir, 'writer.ts'),
    `import { AuditLog } from ${JSON.stringify(path.resolve('src/extension/audit/auditLog'))};
const [logDir, who, n, max] = process.argv.slice(2);
const log = new AuditLog(logDir, { maxFileBytes: Number(max), maxFiles: 1000 });
for (let i = 0; i < Number(n); i++) log.append({ time: new Date().toISOString(), window: Number(who), source: 'terminal', command: 'rm -rf x' + '.'.repeat(200) + i, cwd: '/w', rules: ['r'], verdict: 'confirm', outcome: 'confirmed' });
log.dispose();`,
  );
  await build({ entryPoints: [path.join(dir, 'writer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: writer, logLevel: 'silent' });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rec = (i: number): AuditRecord => ({ time: new Date().toISOString(), window: 1, source: 'terminal', command: `c${i}`, cwd: '/w', rules: [], verdict: 'confirm', outcome: 'cancelled' });

function run(logDir: string, who: number, n: number, max: number): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, [writer, logDir, String(who), String(n), String(max)], { stdio: 'inherit' }).on('close', resolve));
}

function allLines(logDir: string): string[] {
  return fs
    .readdirSync(logDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => fs.readFileSync(path.join(logDir, f), 'utf8').split('\n').filter((l) => l !== ''));
}

describe('audit log', () => {
  it('loses no line and tears none with four concurrent writer processes', async () => {
    const logDir = path.join(dir, 'concurrent');
    const codes = await Promise.all([1, 2, 3, 4].map((w) => run(logDir, w, 400, 1_000_000_000)));
    expect(codes).toEqual([0, 0, 0, 0]);
    const lines = allLines(logDir);
    expect(lines).toHaveLength(1600);
    expect(lines.every((l) => parseAuditLine(l) !== undefined)).toBe(true);
  }, 60_000);

  it('loses no line while several processes rotate the file', async () => {
    const logDir = path.join(dir, 'rotating');
    const codes = await Promise.all([1, 2, 3].map((w) => run(logDir, w, 300, 20_000)));
    expect(codes).toEqual([0, 0, 0]);
    const lines = allLines(logDir);
    expect(lines).toHaveLength(900);
    expect(fs.readdirSync(logDir).filter((f) => f.startsWith('audit-')).length).toBeGreaterThan(1);
  }, 60_000);

  it('keeps at most maxFiles files and reads records back oldest first', () => {
    const logDir = path.join(dir, 'prune');
    const log = new AuditLog(logDir, { maxFileBytes: 300, maxFiles: 3 });
    for (let i = 0; i < 40; i++) log.append(rec(i));
    log.dispose();
    expect(fs.readdirSync(logDir).length).toBeLessThanOrEqual(3);
    const back = log.readAll();
    expect(back.at(-1)?.command).toBe('c39');
  });

  it('skips lines that are not records', () => {
    expect(parseAuditLine('{"x":1}')).toBeUndefined();
    expect(parseAuditLine('nope')).toBeUndefined();
  });
});
