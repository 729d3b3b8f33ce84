// The PreToolUse reply that Claude Code, VS Code and Codex read. Denials use both channels at
// once: the JSON decision on stdout and exit 2 with the reason on stderr, because exit 2 blocks
// in every one of these agents even where the JSON would be rejected (Codex runs the call
// unhooked when its strict schema check fails; any other non-zero exit lets the call through).

import { answer, type HookAnswer } from './hookAdapter';

export function preToolUseDecision(decision: 'allow' | 'deny', reason: string): string {
  return `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: decision, permissionDecisionReason: reason } })}\n`;
}

export function claudeFormatDeny(message: string): HookAnswer {
  return answer(preToolUseDecision('deny', message), 2, `${message}\n`);
}
