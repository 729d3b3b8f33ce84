// Codex PreToolUse: `ask` is unsupported and any unexpected field invalidates the output, so
// allowing prints nothing and denying uses the documented decision plus exit 2.

import { claudeFormatDeny } from './claudeFormatReply';
import { answer, type HookAdapter } from './hookAdapter';

export const codexAdapter: HookAdapter = {
  agent: 'codex',
  allow: () => answer('', 0),
  deny: claudeFormatDeny,
};
