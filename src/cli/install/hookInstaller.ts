// Installing and removing the agent hooks: detect which agents are present, compute every
// user-level file change (launcher included) for a preview, then apply with backups.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileChange, FilePlan, Problem } from './filePlan';
import { readText } from './filePlan';
import type { FileWrite, HookTarget, InstallContext, TargetState } from './hookTarget';
import { HOOK_TARGETS } from './hookTargets';
import { hookCommand, launcherConfigText, launcherPaths, posixLauncherScript, STATE_DIR_NAME, windowsLauncherScript, type RuntimeInfo } from './launcher';

export function installContext(home: string, platform: NodeJS.Platform = process.platform): InstallContext {
  return {
    home,
    platform,
    exists: (p) => fs.existsSync(p),
    read: readText,
    command: (agent) => hookCommand(home, agent, platform),
  };
}

export function backupRoot(home: string): string {
  return path.join(home, STATE_DIR_NAME, 'backups');
}

export function detectAgents(ctx: InstallContext, targets: readonly HookTarget[] = HOOK_TARGETS): HookTarget[] {
  return targets.filter((t) => t.detect(ctx));
}

function toChanges(ctx: InstallContext, owner: string, writes: FileWrite[]): FileChange[] {
  const out: FileChange[] = [];
  for (const w of writes) {
    const before = ctx.read(w.path);
    if (before === w.after) continue;
    out.push({ path: w.path, before, after: w.after, owner, ...(w.mode !== undefined ? { mode: w.mode } : {}) });
  }
  return out;
}

/** The launcher script and its configuration, as changes (shown in the preview like any other file). */
export function launcherChanges(ctx: InstallContext, runtime: RuntimeInfo): FileChange[] {
  const paths = launcherPaths(ctx.home, ctx.platform);
  const script = ctx.platform === 'win32' ? windowsLauncherScript() : posixLauncherScript();
  return toChanges(ctx, 'launcher', [
    { path: paths.script, after: script, mode: 0o755 },
    { path: paths.config, after: launcherConfigText(runtime), mode: 0o600 },
  ]);
}

export function planInstall(ctx: InstallContext, targets: readonly HookTarget[], runtime: RuntimeInfo): FilePlan {
  const changes: FileChange[] = [...launcherChanges(ctx, runtime)];
  const problems: Problem[] = [];
  for (const t of targets) {
    const r = t.install(ctx);
    if (!r.ok) problems.push({ owner: t.label, reason: r.reason });
    else changes.push(...toChanges(ctx, t.label, r.writes));
  }
  return { changes, problems };
}

export function planRemove(ctx: InstallContext, targets: readonly HookTarget[] = HOOK_TARGETS): FilePlan {
  const changes: FileChange[] = [];
  const problems: Problem[] = [];
  for (const t of targets) {
    const r = t.remove(ctx);
    if (!r.ok) problems.push({ owner: t.label, reason: r.reason });
    else changes.push(...toChanges(ctx, t.label, r.writes));
  }
  return { changes, problems };
}

export interface HookHealth {
  target: HookTarget;
  state: TargetState;
}

/**
 * Which of the agents we installed for still have our entries. An agent (or a person) editing its
 * hooks file can remove the gate; the extension reports that as degraded.
 */
export function hookHealth(ctx: InstallContext, installedIds: readonly string[]): HookHealth[] {
  return HOOK_TARGETS.filter((t) => installedIds.includes(t.id)).map((target) => ({ target, state: target.state(ctx) }));
}

function installedFile(home: string): string {
  return path.join(home, STATE_DIR_NAME, 'hooks-installed.json');
}

/** Which agents the user installed hooks for (so a later removal shows as degraded, not as "never installed"). */
export function readInstalledIds(home: string): string[] {
  const text = readText(installedFile(home));
  if (text === undefined) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function writeInstalledIds(home: string, ids: readonly string[]): void {
  const file = installedFile(home);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (ids.length === 0) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, `${JSON.stringify([...new Set(ids)].sort())}\n`, { mode: 0o600 });
}
