// Validated reads from an untrusted hook payload. Every accessor checks the runtime type
// and returns undefined otherwise, so agent readers never cast what an agent sent.

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function stringField(o: JsonRecord, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

/** First non-empty string among the keys. */
export function nonEmptyStringField(o: JsonRecord, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.length > 0) return v;
  }
  return undefined;
}

export function recordField(o: JsonRecord, ...keys: string[]): JsonRecord | undefined {
  for (const k of keys) {
    const v = o[k];
    if (isRecord(v)) return v;
  }
  return undefined;
}

export function firstStringOfArray(o: JsonRecord, key: string): string | undefined {
  const v = o[key];
  if (!Array.isArray(v)) return undefined;
  const first: unknown = v[0];
  return typeof first === 'string' && first.length > 0 ? first : undefined;
}

/** Arguments that some agents send as a JSON string (Cursor's beforeMCPExecution, Copilot CLI's toolArgs). */
export type ArgsRead = { ok: true; args: JsonRecord } | { ok: false; reason: string };

export const MAX_EMBEDDED_JSON_CHARS = 4_000_000;

export function readArgs(value: unknown, what: string): ArgsRead {
  if (value === undefined || value === null) return { ok: true, args: {} };
  if (isRecord(value)) return { ok: true, args: value };
  if (typeof value === 'string') {
    if (value.trim() === '') return { ok: true, args: {} };
    if (value.length > MAX_EMBEDDED_JSON_CHARS) return { ok: false, reason: `${what} is larger than ${MAX_EMBEDDED_JSON_CHARS} characters` };
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return { ok: false, reason: `${what} is not valid JSON` };
    }
    if (isRecord(parsed)) return { ok: true, args: parsed };
    return { ok: false, reason: `${what} is JSON but not an object` };
  }
  return { ok: false, reason: `${what} is neither an object nor a JSON string` };
}
