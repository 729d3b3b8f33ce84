// The one line a terminal prints when it refuses a line: what was blocked, why, and where the
// decision is recorded. Built from the decision as data, never from the engine's trace.

import type { Decision } from '../../engine/model/decision';

const MAX_SHOWN = 100;

/** The line as one short display string: newlines shown as ⏎, long text cut in the middle. */
export function shownCommand(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ⏎ ').replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_SHOWN) return flat;
  return `${flat.slice(0, MAX_SHOWN - 21)} … ${flat.slice(-20)}`;
}

/** `filesystem/rm-recursive on important (environment unknown)`, for the strictest finding. */
export function whatItDoes(d: Decision): string {
  const f = d.findings[0];
  if (f === undefined) return d.unverifiable.length > 0 ? 'cannot verify what it runs' : 'gated';
  const env = f.environment.name === 'unknown' ? 'environment unknown' : `environment ${f.environment.name}`;
  return `${f.rule} on ${f.target} (${env})`;
}

export function refusedByEditor(command: string, message: string, d: Decision): string {
  const why = message.trim().replace(/\s+/g, ' ');
  return `destructive-gate: blocked \`${shownCommand(command)}\`: ${whatItDoes(d)}. ${why}${/[.!?]$/.test(why) ? '' : '.'} Nothing ran; the decision is in the audit log.`;
}

export function refusedUnreachable(command: string, reason: string, d: Decision): string {
  return `destructive-gate: blocked \`${shownCommand(command)}\`: ${whatItDoes(d)}. The editor could not be reached to confirm it (${reason.replace(/\s+/g, ' ')}), so nothing ran.`;
}

export function passedUnreachable(command: string, reason: string, d: Decision): string {
  return `destructive-gate: warning: ran \`${shownCommand(command)}\` (${whatItDoes(d)}) without confirmation: the editor could not be reached (${reason.replace(/\s+/g, ' ')}) and the approved fail mode is "allow".`;
}
