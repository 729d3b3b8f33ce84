// Windsurf / Devin Desktop never parses stdout: exit 2 blocks and stderr reaches the agent.

import { answer, type HookAdapter } from './hookAdapter';

export const windsurfAdapter: HookAdapter = {
  agent: 'windsurf',
  allow: () => answer('', 0),
  deny: (message) => answer('', 2, `${message}\n`),
};
