// GitHub Copilot CLI preToolUse: a top-level `permissionDecision`. Its docs treat a non-zero exit
// as a denial, so a denial also exits 2 (the decision holds whichever path the CLI takes).

import { answer, type HookAdapter } from './hookAdapter';

export const copilotCliAdapter: HookAdapter = {
  agent: 'copilot-cli',
  allow: () => answer('', 0),
  deny: (message) => answer(`${JSON.stringify({ permissionDecision: 'deny', permissionDecisionReason: message })}\n`, 2, `${message}\n`),
};
