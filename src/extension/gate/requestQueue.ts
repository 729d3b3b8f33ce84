// One dialog at a time, in arrival order. A request identical to one already waiting (same key)
// joins it and gets the same answer instead of a second dialog.

export class RequestQueue<T> {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<string, Promise<T>>();

  /** Runs `job` after every earlier job has finished; joins a pending job with the same key. */
  run(key: string, job: () => Promise<T>): { result: Promise<T>; joined: boolean } {
    const existing = this.pending.get(key);
    if (existing) return { result: existing, joined: true };
    const result = this.tail.then(job, job);
    this.pending.set(key, result);
    const cleanup = (): void => {
      if (this.pending.get(key) === result) this.pending.delete(key);
    };
    this.tail = result.then(cleanup, cleanup);
    return { result, joined: false };
  }

  get size(): number {
    return this.pending.size;
  }
}
