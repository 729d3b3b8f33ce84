// A confirmation also grants a short, single-use pass for the same command line in the same
// folder, so an action approved in an agent's hook is not asked again when the same line
// reaches the terminal layer a moment later. Used once, then gone; expires after 60 s.

export const ONE_SHOT_PASS_MS = 60_000;

export class OneShotPasses {
  private readonly passes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  private static key(command: string, cwd: string): string {
    return `${cwd}\u0000${command.trim()}`;
  }

  grant(command: string, cwd: string): void {
    this.passes.set(OneShotPasses.key(command, cwd), this.now() + ONE_SHOT_PASS_MS);
  }

  /** True (and the pass is consumed) when a live pass exists for this exact line and folder. */
  consume(command: string, cwd: string): boolean {
    const key = OneShotPasses.key(command, cwd);
    const until = this.passes.get(key);
    this.passes.delete(key);
    for (const [k, t] of this.passes) if (t <= this.now()) this.passes.delete(k);
    return until !== undefined && until > this.now();
  }
}
