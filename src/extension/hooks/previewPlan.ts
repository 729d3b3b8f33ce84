// Shows a file plan as a diff and asks before anything is written. Every change the installer
// makes to the user's files goes through this one question.

import * as vscode from 'vscode';
import { applyPlan, renderPlan, type ApplyResult, type FilePlan } from '../../cli/install/filePlan';

export async function previewAndApply(plan: FilePlan, title: string, backupRoot: string): Promise<ApplyResult | undefined> {
  const doc = await vscode.workspace.openTextDocument({ content: renderPlan(plan, title), language: 'diff' });
  await vscode.window.showTextDocument(doc, { preview: true });
  if (plan.changes.length === 0) {
    if (plan.problems.length > 0) void vscode.window.showWarningMessage(`${title}: nothing can be changed; see the preview for why.`);
    else void vscode.window.showInformationMessage(`${title}: nothing to change.`);
    return undefined;
  }
  const files = [...new Set(plan.changes.map((c) => c.path))];
  const choice = await vscode.window.showWarningMessage(
    `${title}: apply the changes shown to ${files.length} file(s)?`,
    { modal: true, detail: `${files.join('\n')}\n\nA backup of every existing file is kept in ${backupRoot}.${plan.problems.length > 0 ? `\n\n${plan.problems.length} item(s) cannot be changed and are skipped (see the preview).` : ''}` },
    'Apply',
  );
  if (choice !== 'Apply') return undefined;
  try {
    return applyPlan(plan, backupRoot);
  } catch (err) {
    void vscode.window.showErrorMessage(`${title}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
