// Where a shell tool keeps its command: a string (most agents) or an argv array (Codex).

import { argvToShellText } from '../shellQuote';
import type { JsonRecord } from '../payloadShape';

export type CommandRead = { ok: true; command: string } | { ok: false; reason: string };

export function readShellCommand(args: JsonRecord, what: string): CommandRead {
  const v = args['command'] ?? args['commandLine'] ?? args['command_line'] ?? args['cmd'];
  if (typeof v === 'string') {
    if (v.trim() === '') return { ok: false, reason: `${what} has an empty command` };
    return { ok: true, command: v };
  }
  if (Array.isArray(v) && v.length > 0 && (v as unknown[]).every((w) => typeof w === 'string')) {
    return { ok: true, command: argvToShellText(v as string[]) };
  }
  return { ok: false, reason: `${what} has no command text` };
}
