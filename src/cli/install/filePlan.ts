// A set of file changes computed up front, shown as a diff, then applied with backups. The same
// machinery serves the agent-hook installer and "Protect an MCP server".

import * as fs from 'node:fs';
import * as path from 'node:path';
import { lineDiff } from './lineDiff';

export interface FileChange {
  path: string;
  /** undefined: the file does not exist yet. */
  before: string | undefined;
  /** undefined: the file is deleted. */
  after: string | undefined;
  mode?: number;
  /** Which agent or server this change is for, for the preview. */
  owner: string;
}

export interface Problem {
  owner: string;
  reason: string;
}

export interface FilePlan {
  changes: FileChange[];
  problems: Problem[];
}

export function renderPlan(plan: FilePlan, title: string): string {
  const parts: string[] = [title, ''];
  if (plan.changes.length === 0) parts.push('Nothing to change: everything is already as it should be.');
  for (const c of plan.changes) parts.push(`# ${c.owner}: ${c.path}`, lineDiff(c.before, c.after, c.path), '');
  for (const p of plan.problems) parts.push(`! ${p.owner}: ${p.reason}`);
  return parts.join('\n') + '\n';
}

export interface ApplyResult {
  written: string[];
  deleted: string[];
  /** Backup copies of every file that existed before, in one folder per run. */
  backupDir: string | undefined;
}

function writeAtomic(file: string, text: string, mode: number | undefined): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let keepMode = mode;
  try {
    keepMode = fs.statSync(file).mode & 0o7777;
  } catch {
    // New file: the requested mode (or the default) applies.
  }
  const tmp = `${file}.dag-${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, keepMode !== undefined ? { mode: keepMode } : {});
  if (keepMode !== undefined) fs.chmodSync(tmp, keepMode);
  fs.renameSync(tmp, file);
}

/**
 * Applies the plan. Each file is re-read first: if it changed since the preview was computed,
 * nothing is written (the user saw a diff that no longer holds).
 */
export function applyPlan(plan: FilePlan, backupRoot: string, now: Date = new Date()): ApplyResult {
  for (const c of plan.changes) {
    let current: string | undefined;
    try {
      current = fs.readFileSync(c.path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== c.before) throw new Error(`${c.path} changed since the preview was shown; nothing was written. Run the command again.`);
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const backupDir = plan.changes.some((c) => c.before !== undefined) ? path.join(backupRoot, stamp) : undefined;
  if (backupDir !== undefined) {
    fs.mkdirSync(backupDir, { recursive: true, mode: 0o700 });
    for (const c of plan.changes) {
      if (c.before === undefined) continue;
      const name = c.path.replace(/^[A-Za-z]:/, '').replace(/[\\/]/g, '__');
      fs.writeFileSync(path.join(backupDir, name), c.before, { mode: 0o600 });
    }
  }
  const written: string[] = [];
  const deleted: string[] = [];
  for (const c of plan.changes) {
    if (c.after === undefined) {
      fs.rmSync(c.path, { force: true });
      deleted.push(c.path);
    } else {
      writeAtomic(c.path, c.after, c.mode);
      written.push(c.path);
    }
  }
  return { written, deleted, backupDir };
}

export function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
