// Services own their children and release them together (VS Code's Disposable pattern).

import type * as vscode from 'vscode';

export class DisposableStore implements vscode.Disposable {
  private readonly items: { dispose(): unknown }[] = [];
  private disposed = false;

  add<T extends { dispose(): unknown }>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const item of this.items.splice(0).reverse()) {
      try {
        item.dispose();
      } catch {
        // One failing child must not keep the others alive.
      }
    }
  }
}
