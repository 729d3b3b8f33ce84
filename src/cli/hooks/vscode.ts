// VS Code / GitHub Copilot agent hooks use Claude Code's PreToolUse reply format.

import { claudeFormatDeny, preToolUseDecision } from './claudeFormatReply';
import { answer, type HookAdapter } from './hookAdapter';

export const vscodeAdapter: HookAdapter = {
  agent: 'vscode',
  allow: (kind, message) => (kind === 'confirmed' ? answer(preToolUseDecision('allow', message), 0) : answer('', 0)),
  deny: claudeFormatDeny,
};
