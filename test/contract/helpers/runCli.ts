// Spawns the built dist/cli.js the way an agent does: a payload on stdin, the answer on stdout,
// stderr and the exit code.

import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const CLI = path.resolve(__dirname, '../../../dist/cli.js');
/** The lean entry agents' hooks start (see src/cli/hookMain.ts). */
export const HOOK_ENTRY = path.resolve(__dirname, '../../../dist/hook.js');

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function runCli(args: string[], stdin: string, env: Record<string, string | undefined> = {}, entry: string = CLI): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { PATH: process.env['PATH'], HOME: '/home/u', ...env },
      cwd: '/',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(stdin);
  });
}
