// MCP's stdio transport is newline-delimited JSON. The framer hands out whole lines as the exact
// bytes received (newline included), so relayed traffic stays byte-identical.

export class LineFramer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly maxLineBytes: number) {}

  /** Complete lines in this chunk (each ending in `\n`); an over-long partial line is reported once. */
  push(chunk: Buffer): { lines: Buffer[]; overflow: boolean } {
    const lines: Buffer[] = [];
    let start = 0;
    let nl = chunk.indexOf(10, start);
    while (nl !== -1) {
      const part = chunk.subarray(start, nl + 1);
      if (this.pending.length > 0) {
        lines.push(Buffer.concat([...this.pending, part]));
        this.pending = [];
        this.pendingBytes = 0;
      } else {
        lines.push(part);
      }
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.pending.push(rest);
      this.pendingBytes += rest.length;
    }
    if (this.pendingBytes > this.maxLineBytes) {
      this.pending = [];
      this.pendingBytes = 0;
      return { lines, overflow: true };
    }
    return { lines, overflow: false };
  }

  /** Whatever is left at end of input (a last line without a newline). */
  rest(): Buffer | undefined {
    if (this.pending.length === 0) return undefined;
    const b = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return b;
  }

  get midLine(): boolean {
    return this.pendingBytes > 0;
  }
}
