// Whether a terminal line is a whole command yet. A line that hits the prefilter while a heredoc,
// a quote or a loop is still open must not be judged (or run) in pieces: the shell keeps reading
// into the same buffer and the whole unit is checked once complete. The shell's own parser
// decides (`-n`: read, never execute), so the answer matches what the shell would do.

import { spawnSync } from 'node:child_process';

export type ShellName = 'bash' | 'zsh' | 'fish' | 'pwsh';

/** Parser messages that mean "the input ended too early", not "the input is wrong". */
const BASH_ENDED_EARLY = /unexpected end of file|delimited by end-of-file|unexpected EOF while looking for matching/;
const ZSH_ENDED_EARLY = /unmatched|parse error near `\\n'/;
/** `zsh -n` accepts an unterminated heredoc silently; bash's parser reads heredocs the same way. */
const HEREDOC_OPEN = /delimited by end-of-file/;

function parseErrors(shell: 'bash' | 'zsh', text: string): string {
  // A clean environment: no BASH_ENV/ZDOTDIR start-up code runs beside the parse.
  const r = spawnSync(shell, shell === 'zsh' ? ['-n', '-f'] : ['-n'], {
    input: text + '\n',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LC_ALL: 'C', HOME: '/nonexistent' },
    encoding: 'utf8',
    timeout: 5000,
  });
  return r.error ? '' : r.stderr ?? '';
}

export function isIncomplete(shell: ShellName, text: string): boolean {
  // fish answers this itself in the key binding (`commandline --is-valid`), PowerShell in PSReadLine's parser.
  if (shell === 'fish' || shell === 'pwsh') return false;
  if (/(^|[^\\])(\\\\)*\\$/.test(text)) return true;
  if (shell === 'bash') return BASH_ENDED_EARLY.test(parseErrors('bash', text));
  return ZSH_ENDED_EARLY.test(parseErrors('zsh', text)) || (text.includes('<<') && HEREDOC_OPEN.test(parseErrors('bash', text)));
}
