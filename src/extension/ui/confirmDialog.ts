// The typed-name confirmation. A modal says what will be destroyed, by which rule, where
// (environment in capitals, with its evidence) and who asked; then an input box accepts only
// the exact target. Cancel, Escape, closing or the timeout deny. vscode.window is looked up at
// call time so in-host tests can observe the real calls.

import * as vscode from 'vscode';
import type { Decision } from '../../engine/model/decision';
import type { RequestSource } from '../../protocol/messages';
import { runConfirmation, type ConfirmOptions, type ConfirmOutcome, type ConfirmUi } from './confirmFlow';
import { confirmText, denyText, isDangerousEnvironment } from './dialogText';

export { GO_ON_BUTTON, type ConfirmOptions, type ConfirmOutcome } from './confirmFlow';

/** A cancellation token that follows an AbortSignal, for the editor's input boxes and pickers. */
export function tokenFor(signal: AbortSignal | undefined): vscode.CancellationTokenSource {
  const cts = new vscode.CancellationTokenSource();
  if (signal?.aborted) cts.cancel();
  else signal?.addEventListener('abort', () => cts.cancel(), { once: true });
  return cts;
}

const editorUi: ConfirmUi = {
  modal: (title, detail, buttons) => vscode.window.showWarningMessage(title, { modal: true, detail }, ...buttons),
  input: async (o, signal) => {
    const cts = tokenFor(signal);
    try {
      return await vscode.window.showInputBox({ title: o.title, prompt: o.prompt, placeHolder: o.placeHolder, ignoreFocusOut: true, validateInput: (v) => o.validate(v) ?? null }, cts.token);
    } finally {
      cts.dispose();
    }
  },
  lateAnswer: (button) =>
    void vscode.window.showInformationMessage(`Destructive Action Gate: that confirmation had already timed out and the action was refused; "${button}" was ignored. Run the action again to be asked again.`),
};

export async function confirmByTypedName(decision: Decision, command: string | undefined, source: RequestSource, cwd: string, opts: ConfirmOptions): Promise<ConfirmOutcome> {
  const text = confirmText(decision, command, source, cwd);
  const target = decision.target ?? decision.findings[0]?.target ?? '';
  return runConfirmation(
    editorUi,
    { title: text.title, detail: text.detail, target, environmentName: (decision.environment?.name ?? 'unknown').toUpperCase(), dangerous: isDangerousEnvironment(decision.environment) },
    opts,
  );
}

/** The refusal: says why and how to change the rule; offers no way to proceed. */
export async function showDenied(decision: Decision, command: string | undefined, source: RequestSource, cwd: string): Promise<void> {
  const text = denyText(decision, command, source, cwd);
  const choice = await vscode.window.showWarningMessage(text.title, { modal: true, detail: text.detail }, 'Open Settings');
  if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'destructiveGate.verdictOverrides');
}
