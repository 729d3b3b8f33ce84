// The typed-name confirmation. A modal says what will be destroyed, by which rule, where
// (environment in capitals, with its evidence) and who asked; then an input box accepts only
// the exact target. Cancel, Escape, closing or the timeout deny. vscode.window is looked up at
// call time so in-host tests can observe the real calls.

import * as vscode from 'vscode';
import type { Decision } from '../../engine/model/decision';
import type { RequestSource } from '../../protocol/messages';
import { confirmText, denyText, isDangerousEnvironment } from './dialogText';

export type ConfirmOutcome = 'confirmed' | 'cancelled' | 'timed-out';

export interface ConfirmOptions {
  timeoutSeconds: number;
  /** For production/unknown: the go-on button is not accepted this soon after the modal appears. */
  delaySeconds: number;
}

export const GO_ON_BUTTON = 'Type the name to continue…';
const WAIT_NOTE = 'The button does not work in the first seconds, so a reflexive Enter does nothing. Read, then click it again.';

export async function confirmByTypedName(decision: Decision, command: string | undefined, source: RequestSource, cwd: string, opts: ConfirmOptions): Promise<ConfirmOutcome> {
  const target = decision.target ?? decision.findings[0]?.target ?? '';
  const text = confirmText(decision, command, source, cwd);
  const deadline = Date.now() + opts.timeoutSeconds * 1000;
  const delayMs = isDangerousEnvironment(decision.environment) ? opts.delaySeconds * 1000 : 0;
  const cancel = new vscode.CancellationTokenSource();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cancel.cancel();
  }, opts.timeoutSeconds * 1000);
  try {
    let tooSoon = false;
    for (;;) {
      const shownAt = Date.now();
      const detail = tooSoon ? `${WAIT_NOTE}\n\n${text.detail}` : text.detail;
      const modal = vscode.window.showWarningMessage(text.title, { modal: true, detail }, GO_ON_BUTTON);
      const timeout = new Promise<'timeout'>((r) => cancel.token.onCancellationRequested(() => r('timeout')));
      const choice = await Promise.race([modal, timeout]);
      if (choice === 'timeout' || timedOut) return 'timed-out';
      if (choice !== GO_ON_BUTTON) return 'cancelled';
      if (Date.now() - shownAt >= delayMs) break;
      tooSoon = true;
      if (Date.now() >= deadline) return 'timed-out';
    }
    const typed = await vscode.window.showInputBox(
      {
        title: `Confirm on ${(decision.environment?.name ?? 'unknown').toUpperCase()}: type ${target}`,
        prompt: `Type ${target} exactly (case-sensitive) to run: ${text.title}`,
        placeHolder: target,
        ignoreFocusOut: true,
        validateInput: (value) => (value === target ? null : `Type ${target} exactly to confirm, or press Escape to cancel.`),
      },
      cancel.token,
    );
    if (timedOut) return 'timed-out';
    return typed === target ? 'confirmed' : 'cancelled';
  } finally {
    clearTimeout(timer);
    cancel.dispose();
  }
}

/** The refusal: says why and how to change the rule; offers no way to proceed. */
export async function showDenied(decision: Decision, command: string | undefined, source: RequestSource, cwd: string): Promise<void> {
  const text = denyText(decision, command, source, cwd);
  const choice = await vscode.window.showWarningMessage(text.title, { modal: true, detail: text.detail }, 'Open Settings');
  if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'destructiveGate.verdictOverrides');
}
