// Gemini CLI BeforeTool: `{"decision":"deny","reason":…}`; exit 2 blocks with stderr as the reason.

import { answer, type HookAdapter } from './hookAdapter';

export const geminiAdapter: HookAdapter = {
  agent: 'gemini',
  allow: () => answer('', 0),
  deny: (message) => answer(`${JSON.stringify({ decision: 'deny', reason: message })}\n`, 2, `${message}\n`),
};
