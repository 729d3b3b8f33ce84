// One status bar item per live allowance, with its countdown; clicking it ends the allowance.

import * as vscode from 'vscode';
import { DisposableStore } from '../disposable';
import type { Allowances } from '../gate/allowances';

export function countdown(ms: number): string {
  const left = Math.max(0, ms);
  const m = Math.floor(left / 60000);
  const s = Math.floor((left % 60000) / 1000);
  return `${m}:${String(s).padStart(2, '0')}`;
}

export class AllowanceStatus extends DisposableStore {
  private readonly shown = new Map<string, vscode.StatusBarItem>();
  private timer: NodeJS.Timeout | undefined;
  private rendering = false;

  constructor(
    private readonly allowances: Allowances,
    private readonly endCommand: string,
  ) {
    super();
    this.add(allowances.onDidChange(() => this.render()));
    this.add({
      dispose: () => {
        clearInterval(this.timer);
        for (const it of this.shown.values()) it.dispose();
        this.shown.clear();
      },
    });
    this.render();
  }

  render(): void {
    if (this.rendering) return;
    this.rendering = true;
    try {
      const live = this.allowances.live();
      const now = Date.now();
      for (const [rule, it] of this.shown) {
        if (!live.some((a) => a.rule === rule)) {
          it.dispose();
          this.shown.delete(rule);
        }
      }
      for (const a of live) {
        let it = this.shown.get(a.rule);
        if (!it) {
          it = vscode.window.createStatusBarItem(`destructiveGate.allowance.${a.rule}`, vscode.StatusBarAlignment.Left, 99);
          it.name = `Destructive Action Gate: allowance for ${a.rule}`;
          it.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
          it.command = { title: 'End this allowance', command: this.endCommand, arguments: [a.rule] };
          this.shown.set(a.rule, it);
          it.show();
        }
        it.tooltip = `${a.rule} goes through without asking in ${a.roots.join(', ')} until ${new Date(a.until).toLocaleTimeString()} (other rules still ask; refusals still apply). Click to end it now.`;
        it.text = `$(unlock) ${a.rule} ${countdown(a.until - now)}`;
      }
      if (live.length > 0 && !this.timer) this.timer = setInterval(() => this.render(), 1000);
      if (live.length === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    } finally {
      this.rendering = false;
    }
  }
}
