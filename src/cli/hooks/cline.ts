// Cline's PreToolUse script answers with `{"cancel": bool, "errorMessage": …}` on stdout.

import { answer, type HookAdapter } from './hookAdapter';

export const clineAdapter: HookAdapter = {
  agent: 'cline',
  allow: () => answer(`${JSON.stringify({ cancel: false })}\n`, 0),
  deny: (message) => answer(`${JSON.stringify({ cancel: true, errorMessage: message })}\n`, 0),
};
