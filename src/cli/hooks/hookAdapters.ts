import type { AgentName } from '../../engine/model/input';
import { claudeCodeAdapter } from './claudeCode';
import { clineAdapter } from './cline';
import { codexAdapter } from './codex';
import { copilotCliAdapter } from './copilotCli';
import { cursorAdapter } from './cursor';
import { geminiAdapter } from './gemini';
import type { HookAdapter } from './hookAdapter';
import { vscodeAdapter } from './vscode';
import { windsurfAdapter } from './windsurf';

export const HOOK_ADAPTERS: readonly HookAdapter[] = [
  cursorAdapter,
  claudeCodeAdapter,
  vscodeAdapter,
  geminiAdapter,
  codexAdapter,
  windsurfAdapter,
  clineAdapter,
  copilotCliAdapter,
];

export function hookAdapterFor(name: string): HookAdapter | undefined {
  return HOOK_ADAPTERS.find((a) => a.agent === (name as AgentName));
}
