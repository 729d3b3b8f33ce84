// What the agent (and the user, in agents that show it) reads when the gate answers. A refusal
// always says who decided and that the agent must not reach the same result another way: agents
// otherwise try the next tool (a script, an API call) to get around a blocked command.

import type { Decision } from '../../engine/model/decision';

const PRODUCT = 'Destructive Action Gate';
const NO_WORKAROUND = 'Do not retry it and do not try to achieve the same result another way (another command, tool, script or API call); tell the user it was not done and ask how to proceed.';

function what(decision: Decision | undefined): string {
  const target = decision?.target;
  const env = decision?.environment?.name;
  if (target === undefined) return 'this action';
  return env !== undefined ? `this action on '${target}' (${env === 'unknown' ? 'environment unknown' : env})` : `this action on '${target}'`;
}

export function declinedMessage(gateMessage: string): string {
  const lead = gateMessage.trim() || 'The user declined this action.';
  return `${PRODUCT}: ${lead} ${NO_WORKAROUND}`;
}

export function refusedByPolicyMessage(decision: Decision): string {
  const reason = decision.findings.find((f) => f.verdict === 'deny')?.reason ?? 'it is catastrophic and never allowed from an agent';
  return `${PRODUCT}: refused ${what(decision)}: ${reason}. ${NO_WORKAROUND}`;
}

export function unreachableMessage(decision: Decision | undefined, why: string): string {
  return `${PRODUCT}: ${what(decision)} needs a human to confirm it in the editor, and no editor window could be asked (${why}), so it was refused. ${NO_WORKAROUND}`;
}

export function unreadableMessage(reason: string): string {
  return `${PRODUCT}: the tool call could not be read (${reason}), so it was refused. Send a well-formed call; do not try to achieve the same result another way.`;
}

export const CONFIRMED_MESSAGE = `${PRODUCT}: the user confirmed this action.`;
export const HARMLESS_MESSAGE = `${PRODUCT}: nothing to confirm.`;
