// One agent's user-level hook configuration: where it lives, whether the agent is present, and
// how to add, remove and check our entries. Targets only compute new file contents; applying them
// (preview, backup, write) is the plan's job.

export interface InstallContext {
  home: string;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
  read(path: string): string | undefined;
  /** The launcher command line for an agent (`… hook --agent cursor`). */
  command(agent: string): string;
}

/** New contents for one file; `undefined` deletes the file (only files we created wholly). */
export interface FileWrite {
  path: string;
  after: string | undefined;
  /** File mode for new files (Cline's hook must be executable). */
  mode?: number;
}

export type TargetResult = { ok: true; writes: FileWrite[] } | { ok: false; reason: string };

export type TargetState = 'installed' | 'missing' | 'partial';

export interface HookTarget {
  id: 'cursor' | 'claude-code' | 'copilot' | 'gemini' | 'codex' | 'windsurf' | 'cline';
  label: string;
  /** Is the agent on this machine (its user folder exists)? */
  detect(ctx: InstallContext): boolean;
  install(ctx: InstallContext): TargetResult;
  remove(ctx: InstallContext): TargetResult;
  state(ctx: InstallContext): TargetState;
}

export const HOOK_TIMEOUT_SECONDS = 300;
