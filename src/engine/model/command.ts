// The shell reader's output: what will actually run, one simple command at a time,
// after quotes are removed and wrappers (sudo, env, bash -c, ssh, xargs, find -exec...) are unwrapped.

export interface Word {
  /** The word after quote removal and escape processing; parameter expansions are kept as written (`$HOME`). */
  value: string;
  /** The word as it appeared in the source. */
  raw: string;
  /** Contains an expansion the reader could not resolve (`$X`, `$(...)`, backticks). */
  dynamic: boolean;
  /** Contains an unquoted glob character (`*`, `?`, `[`). */
  glob: boolean;
  /** Some part was quoted. */
  quoted: boolean;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<<' | '<<-' | '<<<' | '<>' | '&>' | '&>>' | '>&' | '<&';

export interface Redirect {
  op: RedirectOp;
  fd?: number;
  /** The target word (file name), or the heredoc delimiter. */
  target: Word;
  /** Heredoc body or here-string text. */
  body?: string;
  /** The heredoc's body is subject to expansion (delimiter unquoted). */
  expands?: boolean;
}

/** Where a command's standard input comes from, when the reader can tell. */
export type StdinSource =
  | { kind: 'text'; text: string; from: string; dataFlow?: boolean }
  | { kind: 'command'; command: SimpleCommand }
  | { kind: 'file'; path: string };

export interface SimpleCommand {
  /** Basename of the command word, normalised: `/usr/bin/rm` and `\rm` → `rm`. Empty for assignment-only commands. */
  name: string;
  /** The command word as normalised, before taking the basename. */
  word: Word;
  /** Arguments after the command word. */
  args: Word[];
  /** `VAR=x` prefixes (and `env VAR=x`), with their literal values. */
  assigns: Record<string, string>;
  redirects: Redirect[];
  stdin?: StdinSource;
  /** Where extra arguments come from at run time: `xargs`, `parallel` or `find -exec` feed this command. */
  fedBy?: StdinSource;
  /**
   * Some words reached this command through data flow (a variable set earlier on the line, lines fed by
   * parallel, a case-folded command name): a deny-level target read this way is confirm, as the text alone cannot prove it.
   */
  dataFlow?: boolean;
  /** Wrappers that were unwrapped to reach this command, outermost first: `sudo`, `bash -c`, `ssh prod-db`. */
  via: string[];
  /** Set when reached through `ssh host ...` (or the pod/container of `kubectl exec`, `docker exec`). */
  remoteHost?: string;
  /** How the command reaches remoteHost; absent means ssh. */
  remoteKind?: 'ssh' | 'kubectl' | 'container';
  /** The working folder this command runs in, when an earlier `cd` on the line changed it. */
  cwd?: string;
  /** Source text of this command, for display. */
  text: string;
  /** Nesting depth of unwrapping and substitutions. */
  depth: number;
}

/** The whole reading of a line. */
export interface ParsedLine {
  commands: SimpleCommand[];
  unverifiable: { part: string; reason: string }[];
  /** Function names defined on the line (their bodies are read when called). */
  functions: string[];
}
