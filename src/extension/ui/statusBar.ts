// The status bar item: armed / paused (with countdown) / degraded (with the reason).

import * as vscode from 'vscode';
import { DisposableStore } from '../disposable';

export type GateStatus = { kind: 'armed' } | { kind: 'paused'; untilMs: number } | { kind: 'degraded'; reason: string } | { kind: 'off' };

export class GateStatusBar extends DisposableStore {
  private readonly item = this.add(vscode.window.createStatusBarItem('destructiveGate.status', vscode.StatusBarAlignment.Left, 100));
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    super();
    this.item.name = 'Destructive Action Gate';
    this.item.command = 'destructiveGate.showMenu';
    this.add({ dispose: () => clearInterval(this.timer) });
  }

  show(status: GateStatus): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const it = this.item;
    it.backgroundColor = undefined;
    switch (status.kind) {
      case 'armed':
        it.text = '$(shield) Gate';
        it.tooltip = 'Destructive Action Gate is armed: destructive commands need a typed confirmation.';
        break;
      case 'off':
        it.text = '$(circle-slash) Gate off';
        it.tooltip = 'Destructive Action Gate is turned off in settings.';
        it.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
      case 'degraded':
        it.text = '$(warning) Gate';
        it.tooltip = `Destructive Action Gate is degraded: ${status.reason}`;
        it.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'paused': {
        const render = (): void => {
          const left = Math.max(0, status.untilMs - Date.now());
          const m = Math.floor(left / 60000);
          const s = Math.floor((left % 60000) / 1000);
          it.text = `$(debug-pause) Gate paused ${m}:${String(s).padStart(2, '0')}`;
        };
        render();
        it.tooltip = 'Destructive Action Gate is paused: confirmations are skipped (refusals still apply). Click to resume.';
        it.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        this.timer = setInterval(render, 1000);
        break;
      }
    }
    it.show();
  }
}
