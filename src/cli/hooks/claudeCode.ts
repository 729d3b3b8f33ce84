// Claude Code PreToolUse. A harmless call gets no opinion (Claude's own permission flow goes on);
// a call the human confirmed in our dialog is allowed so they are not asked twice.

import { claudeFormatDeny, preToolUseDecision } from './claudeFormatReply';
import { answer, type HookAdapter } from './hookAdapter';

export const claudeCodeAdapter: HookAdapter = {
  agent: 'claude-code',
  allow: (kind, message) => (kind === 'confirmed' ? answer(preToolUseDecision('allow', message), 0) : answer('', 0)),
  deny: claudeFormatDeny,
};
