// Granting an allowance takes the same kind of typed confirmation as pausing the gate: which rule,
// how many minutes, then the exact phrase "allow <rule> for <N> minutes". Every step closes when
// `signal` aborts (the confirmation dialog it was opened from timed out).

import * as vscode from 'vscode';
import { allowancePhrase, isValidMinutes, MAX_ALLOWANCE_MINUTES, MIN_ALLOWANCE_MINUTES, type AllowableRule } from '../gate/allowances';
import { tokenFor } from './confirmDialog';

export async function askAllowance(rules: readonly AllowableRule[], signal?: AbortSignal): Promise<{ rule: string; minutes: number } | undefined> {
  const cts = tokenFor(signal);
  try {
    let rule = rules.length === 1 ? rules[0]?.id : undefined;
    if (rules.length === 0) {
      void vscode.window.showInformationMessage('Destructive Action Gate: no rule here can be allowed (refusals never can).');
      return undefined;
    }
    if (rule === undefined) {
      const pick = await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.id, description: `${r.severity}${r.source === 'user' ? ', your rule' : ''}`, detail: r.reason, rule: r.id })),
        { title: 'Allow a rule here for N minutes', placeHolder: 'Which rule may go through without asking in this workspace?', matchOnDetail: true, ignoreFocusOut: true },
        cts.token,
      );
      rule = pick?.rule;
    }
    if (rule === undefined || cts.token.isCancellationRequested) return undefined;
    const minutesText = await vscode.window.showInputBox(
      {
        title: `Allow ${rule} in this workspace`,
        prompt: `For how many minutes? (${MIN_ALLOWANCE_MINUTES}-${MAX_ALLOWANCE_MINUTES}). Only ${rule} goes through without asking; other rules still ask, refusals still apply.`,
        value: '15',
        ignoreFocusOut: true,
        validateInput: (v) => (isValidMinutes(v) ? null : `A whole number of minutes from ${MIN_ALLOWANCE_MINUTES} to ${MAX_ALLOWANCE_MINUTES}.`),
      },
      cts.token,
    );
    if (!minutesText || !isValidMinutes(minutesText) || cts.token.isCancellationRequested) return undefined;
    const minutes = Number(minutesText);
    const phrase = allowancePhrase(rule, minutes);
    const typed = await vscode.window.showInputBox(
      {
        title: `Type "${phrase}" to allow it`,
        prompt: `Actions of ${rule} in this workspace will run without asking for ${minutes} minute(s).`,
        placeHolder: phrase,
        ignoreFocusOut: true,
        validateInput: (v) => (v === phrase ? null : `Type ${phrase} exactly, or press Escape.`),
      },
      cts.token,
    );
    if (typed !== phrase || cts.token.isCancellationRequested) return undefined;
    return { rule, minutes };
  } finally {
    cts.dispose();
  }
}
