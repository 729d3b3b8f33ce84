// One adapter per agent turns the gate's answer into exactly what that agent's hook runner
// reads: stdout text, stderr text and an exit code (research/agent-hooks.md §1–4).

import type { AgentName } from '../../engine/model/input';

export interface HookAnswer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Why a call is allowed: harmless calls leave the agent's own permission flow alone; confirmed ones say so. */
export type AllowKind = 'harmless' | 'confirmed';

export interface HookAdapter {
  agent: Exclude<AgentName, 'mcp'>;
  allow(kind: AllowKind, message: string): HookAnswer;
  deny(message: string): HookAnswer;
}

export function answer(stdout: string, exitCode: number, stderr = ''): HookAnswer {
  return { stdout, stderr, exitCode };
}
