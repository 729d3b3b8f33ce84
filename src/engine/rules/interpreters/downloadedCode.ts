// Program text fetched from the network when the line runs (`ruby -e "$(curl -fsSL url)"`,
// `curl url | python3`) cannot be read: the same "cannot verify" as `curl | sh`.

import { INTERPRETER_COMMANDS, programFromStdin } from '../../parse/interpreters/interpreterSource';
import type { Rule } from '../rule';

const FETCHERS = new Set(['curl', 'wget', 'fetch', 'http', 'https', 'xh']);
const FETCHED_WORD = /\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b/;

export const downloadedCode: Rule = {
  id: 'interpreters/downloaded-code',
  severity: 'high',
  verdict: 'confirm',
  reason: 'cannot verify: the interpreter runs code downloaded when the line runs',
  safer: 'download the script to a file, read it, then run it',
  tool: 'embedded',
  commands: INTERPRETER_COMMANDS,
  match(cmd) {
    if (cmd.args.some((w) => w.dynamic && FETCHED_WORD.test(w.raw))) return { target: cmd.name };
    const s = cmd.stdin;
    if (s?.kind === 'command' && FETCHERS.has(s.command.name) && programFromStdin(cmd)) return { target: cmd.name };
    return undefined;
  },
};
