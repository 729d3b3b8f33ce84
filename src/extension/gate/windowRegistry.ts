// This window's entry in the per-user registry, so that hooks spawned by other apps can find it.
// Written once the socket listens, rewritten when folders or the fail mode change, removed on
// deactivate. After a reload the new window writes a new entry and the old one is removed (or
// cleaned as stale by the next client), so clients are never stranded on a dead socket.

import type { FailMode } from '../../protocol/messages';
import { removeRegistration, updateRegistration, writeRegistration } from '../../protocol/discovery';

export class WindowRegistry {
  file: string | undefined;
  private readonly startedAt = new Date().toISOString();

  constructor(
    private readonly socket: string,
    private readonly secret: string,
    private readonly folders: () => string[],
    private readonly failMode: () => FailMode,
    private readonly log: (m: string) => void,
  ) {}

  private entry(): Parameters<typeof writeRegistration>[0] {
    return { pid: process.pid, socket: this.socket, secret: this.secret, workspaceFolders: this.folders(), startedAt: this.startedAt, failMode: this.failMode() };
  }

  register(): void {
    try {
      this.file = writeRegistration(this.entry());
    } catch (e) {
      this.log(`cannot write the window registration: ${String(e)}`);
    }
  }

  update(): void {
    if (!this.file) return;
    try {
      updateRegistration(this.file, this.entry());
    } catch (e) {
      this.log(`cannot update the window registration: ${String(e)}`);
    }
  }

  dispose(): void {
    if (this.file) removeRegistration(this.file);
    this.file = undefined;
  }
}
