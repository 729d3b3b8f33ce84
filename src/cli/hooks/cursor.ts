// Cursor reads flat snake_case JSON on exit 0 for every blocking event. With `failClosed: true`
// an empty reply blocks, so allowing is always explicit. Exit 2 is avoided for denials: Cursor
// would show the raw JSON as the reason.

import { answer, type HookAdapter } from './hookAdapter';

export const cursorAdapter: HookAdapter = {
  agent: 'cursor',
  allow: () => answer(`${JSON.stringify({ permission: 'allow' })}\n`, 0),
  deny: (message) => answer(`${JSON.stringify({ permission: 'deny', user_message: message, agent_message: message })}\n`, 0),
};
