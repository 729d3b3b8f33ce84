// Append-only JSONL audit log shared by every editor window of the user.
// Each record is one write(2) of one line to a file opened with O_APPEND, so lines from
// several processes never interleave or overwrite one another, without a lock. Rotation by size
// renames the full file aside; a writer that still holds the old descriptor finishes its line
// there, so no line is lost, and reopens on the next append.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EnvironmentName, Verdict } from '../../engine/model/decision';
import type { AskOutcome, SourceKind } from '../../protocol/messages';

export interface AuditRecord {
  time: string;
  /** The window (extension host pid) that decided. */
  window: number;
  /** Who acted: a client's source, or `user` for the user's own acts (granting or ending an allowance). */
  source: AuditSource;
  agent?: string;
  /** Redacted command line, or a tool call summary. */
  command: string;
  cwd: string;
  rules: string[];
  target?: string;
  environment?: EnvironmentName;
  evidence?: string[];
  verdict: Verdict;
  outcome: AuditOutcome;
}

export type AuditSource = SourceKind | 'user';
export type AuditOutcome = AskOutcome | 'allowance-granted' | 'allowance-ended';

export interface AuditLogOptions {
  maxFileBytes: number;
  maxFiles: number;
}

export const AUDIT_FILE = 'audit.jsonl';

export class AuditLog {
  private fd: number | undefined;
  readonly file: string;

  constructor(
    readonly dir: string,
    private options: AuditLogOptions,
  ) {
    this.file = path.join(dir, AUDIT_FILE);
  }

  setOptions(options: AuditLogOptions): void {
    this.options = options;
  }

  append(record: AuditRecord): void {
    const line = Buffer.from(JSON.stringify(record) + '\n', 'utf8');
    // Another window may rename or create the file between any two calls here: a failed step closes our
    // descriptor and tries again from a fresh look at the folder, so a race never drops the line.
    for (let attempt = 0; ; attempt++) {
      try {
        this.rotateIfNeeded();
        fs.writeSync(this.open(), line);
        return;
      } catch (err) {
        this.closeFd();
        if (attempt >= 4) throw err;
      }
    }
  }

  private open(): number {
    if (this.fd === undefined) {
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      this.fd = fs.openSync(this.file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o600);
    }
    return this.fd;
  }

  private rotateIfNeeded(): void {
    let size: number;
    try {
      size = fs.statSync(this.file).size;
    } catch {
      this.closeFd();
      return;
    }
    if (this.fd !== undefined) {
      // Another window rotated the file: our descriptor points at the renamed file. Reopen.
      let same = false;
      try {
        same = fs.fstatSync(this.fd).ino === fs.statSync(this.file).ino;
      } catch {
        same = false;
      }
      if (!same) this.closeFd();
    }
    if (size < this.options.maxFileBytes) return;
    // Only one writer wins the rename of the full file; the others see ENOENT or a fresh file.
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const rotated = path.join(this.dir, `audit-${stamp}-${process.pid}.jsonl`);
    try {
      fs.renameSync(this.file, rotated);
    } catch {
      // Lost the race: someone else rotated. Fine.
    }
    this.closeFd();
    this.prune();
  }

  private prune(): void {
    const old = this.rotatedFiles();
    for (const f of old.slice(0, Math.max(0, old.length - (this.options.maxFiles - 1)))) {
      try {
        fs.unlinkSync(f);
      } catch {
        // Already pruned by another window.
      }
    }
  }

  /** Rotated files, oldest first. */
  rotatedFiles(): string[] {
    try {
      return fs
        .readdirSync(this.dir)
        .filter((n) => /^audit-.*\.jsonl$/.test(n))
        .sort()
        .map((n) => path.join(this.dir, n));
    } catch {
      return [];
    }
  }

  /** All records, oldest first (rotated files, then the current one). Lines that do not parse are skipped. */
  readAll(limit = 10_000): AuditRecord[] {
    const out: AuditRecord[] = [];
    for (const f of [...this.rotatedFiles(), this.file]) {
      let text: string;
      try {
        text = fs.readFileSync(f, 'utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        const rec = parseAuditLine(line);
        if (rec) out.push(rec);
      }
    }
    return out.slice(-limit);
  }

  private closeFd(): void {
    if (this.fd !== undefined) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // Closing a descriptor that is already gone is harmless.
      }
      this.fd = undefined;
    }
  }

  dispose(): void {
    this.closeFd();
  }
}

const VERDICTS: readonly Verdict[] = ['allow', 'confirm', 'deny'];
const OUTCOMES: readonly AuditOutcome[] = ['not-gated', 'confirmed', 'cancelled', 'timed-out', 'denied', 'one-shot-pass', 'disabled', 'paused', 'allowance', 'allowance-granted', 'allowance-ended'];
const SOURCES: readonly AuditSource[] = ['terminal', 'agent-hook', 'mcp-proxy', 'cli', 'user'];
const ENVIRONMENTS: readonly EnvironmentName[] = ['production', 'staging', 'development', 'unknown'];
const member = <T extends string>(list: readonly T[]) => (v: string | undefined): v is T => v !== undefined && (list as readonly string[]).includes(v);
const isVerdict = member(VERDICTS);
const isOutcome = member(OUTCOMES);
const isSource = member(SOURCES);
const isEnvironment = member(ENVIRONMENTS);

/** The log is our own file, but another process could write to it: read it defensively. */
export function parseAuditLine(line: string): AuditRecord | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const s = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const time = s('time');
  const command = s('command');
  const verdict = s('verdict');
  const outcome = s('outcome');
  const source = s('source');
  if (!time || command === undefined || !isVerdict(verdict) || !isOutcome(outcome) || !isSource(source)) return undefined;
  const strs = (k: string): string[] => (Array.isArray(o[k]) ? (o[k] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const rec: AuditRecord = {
    time,
    window: typeof o['window'] === 'number' ? o['window'] : 0,
    source,
    command,
    cwd: s('cwd') ?? '',
    rules: strs('rules'),
    verdict,
    outcome,
  };
  const agent = s('agent');
  if (agent) rec.agent = agent;
  const target = s('target');
  if (target !== undefined) rec.target = target;
  const env = s('environment');
  if (isEnvironment(env)) rec.environment = env;
  if (Array.isArray(o['evidence'])) rec.evidence = strs('evidence');
  return rec;
}
