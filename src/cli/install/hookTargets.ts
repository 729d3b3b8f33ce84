import type { HookTarget } from './hookTarget';
import { claudeCodeTarget } from './targets/claudeCode';
import { clineTarget } from './targets/cline';
import { codexTarget } from './targets/codex';
import { copilotTarget } from './targets/copilot';
import { cursorTarget } from './targets/cursor';
import { geminiTarget } from './targets/gemini';
import { windsurfTarget } from './targets/windsurf';

export const HOOK_TARGETS: readonly HookTarget[] = [cursorTarget, claudeCodeTarget, copilotTarget, geminiTarget, codexTarget, windsurfTarget, clineTarget];
