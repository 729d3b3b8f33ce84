// Hook payloads arrive on stdin; the reader stops at a bound so a runaway producer cannot
// exhaust memory (an over-long payload is refused as unreadable, never truncated and judged).

export type StdinRead = { ok: true; text: string } | { ok: false; reason: string };

export const MAX_HOOK_PAYLOAD_BYTES = 8 * 1024 * 1024;

export function readBoundedStdin(stream: NodeJS.ReadableStream, maxBytes = MAX_HOOK_PAYLOAD_BYTES): Promise<StdinRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: StdinRead) => {
      if (done) return;
      done = true;
      stream.removeAllListeners('data');
      resolve(r);
    };
    stream.on('data', (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size > maxBytes) {
        finish({ ok: false, reason: `the payload is larger than ${maxBytes} bytes` });
        stream.pause();
        return;
      }
      chunks.push(b);
    });
    stream.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    stream.on('error', (err: Error) => finish({ ok: false, reason: `stdin could not be read: ${err.message}` }));
  });
}
