// Asks the editor window that owns the working folder, through the protocol client, and waits
// for the human. The hook's own deadline stays under the agents' hook timeouts (300 s as
// installed), so the hook answers before the agent gives up on it.

import { askGate } from '../../protocol/client';
import type { AskBody, GateAnswer } from './runHook';

export const HOOK_ANSWER_TIMEOUT_MS = 290_000;

export interface AskEditorOptions {
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
  workspaceRoots?: readonly string[];
}

export async function askEditor(body: AskBody, opts: AskEditorOptions): Promise<GateAnswer> {
  const result = await askGate(
    {
      source: body.source,
      cwd: body.cwd,
      env: body.env ?? opts.env,
      ...(body.command !== undefined ? { command: body.command } : {}),
      ...(body.tool !== undefined ? { tool: body.tool } : {}),
    },
    {
      timeoutMs: opts.timeoutMs ?? HOOK_ANSWER_TIMEOUT_MS,
      endpointEnv: opts.env,
      ...(opts.workspaceRoots ? { workspaceRoots: opts.workspaceRoots } : {}),
    },
  );
  return result.kind === 'reply' ? result : { kind: 'unreachable', reason: result.reason, failMode: result.failMode };
}
