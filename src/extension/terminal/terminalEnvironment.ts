// The variables that arm a terminal: what each shell reads at start-up to load the gate's
// script, and what the scripts need (the bridge, the prefilter, the editor's endpoint).
// Plain data with no 'vscode' import, so the shell tests start shells with exactly this.

import * as path from 'node:path';
import type { ShellPrefilterValues } from '../../engine/prefilter/shellPrefilter';

export type EnvMutation = { kind: 'replace' | 'prepend'; value: string };

export interface TerminalEnvironmentInput {
  /** dist/scripts inside the installed extension. */
  scriptsDir: string;
  /** dist/cli.js inside the installed extension. */
  cliPath: string;
  /** A Node (or Electron, run as Node) executable. */
  nodePath: string;
  /** encodeShellPrefilterForShells(...) */
  prefilter: ShellPrefilterValues;
  /** The environment the editor starts terminals with (to chain the user's BASH_ENV and ZDOTDIR). */
  baseEnv: Readonly<Record<string, string | undefined>>;
  /** The window's endpoint, when its gate service is up. */
  endpoint?: { socket: string; secret: string };
}

/** Evaluated at every bash prompt; loads gate.bash once, then only resets per-line state. */
export function bashPromptCommand(): string {
  return '__dag_precmd 2>/dev/null || builtin source "${DESTRUCTIVE_GATE_SHELL_DIR:-/nonexistent}/gate.bash" 2>/dev/null';
}

export function terminalEnvironment(i: TerminalEnvironmentInput): Map<string, EnvMutation> {
  const env = new Map<string, EnvMutation>();
  const set = (name: string, value: string) => env.set(name, { kind: 'replace', value });
  set('DESTRUCTIVE_GATE_SHELL_DIR', i.scriptsDir);
  set('DESTRUCTIVE_GATE_CLI', i.cliPath);
  set('DESTRUCTIVE_GATE_NODE', i.nodePath);
  set('DESTRUCTIVE_GATE_PREFILTER', i.prefilter.names);
  set('DESTRUCTIVE_GATE_PREFILTER_HINTS', i.prefilter.hints);
  if (i.endpoint) {
    set('DESTRUCTIVE_GATE_SOCKET', i.endpoint.socket);
    set('DESTRUCTIVE_GATE_SECRET', i.endpoint.secret);
  }
  // bash: interactive shells evaluate PROMPT_COMMAND after the rc files and the editor's own
  // integration (which keeps and re-evaluates it), the chaining point for the Enter binding.
  const userPrompt = i.baseEnv['PROMPT_COMMAND'];
  set('PROMPT_COMMAND', userPrompt ? `${bashPromptCommand()}; ${userPrompt}` : bashPromptCommand());
  // bash -c: BASH_ENV, chaining the user's own.
  const userBashEnv = i.baseEnv['BASH_ENV'];
  if (userBashEnv && !userBashEnv.startsWith(i.scriptsDir)) set('DESTRUCTIVE_GATE_USER_BASH_ENV', userBashEnv);
  set('BASH_ENV', path.join(i.scriptsDir, 'gate-env.bash'));
  // zsh: a ZDOTDIR wrapper folder. The editor's own zsh injection takes it for the user's folder
  // and chains into it; the wrapper reads the user's files from their folder with their ZDOTDIR
  // and hands that ZDOTDIR back exactly (unset when it was unset). Absent means unset.
  const zdotdir = path.join(i.scriptsDir, 'zdotdir');
  const userZdotdir = i.baseEnv['ZDOTDIR'];
  if (userZdotdir !== undefined && userZdotdir !== zdotdir) set('DESTRUCTIVE_GATE_USER_ZDOTDIR', userZdotdir);
  set('ZDOTDIR', zdotdir);
  // fish: a vendor configuration snippet (<dir>/fish/vendor_conf.d). fish reads those beside the
  // user's conf.d and config.fish, so nothing of theirs is replaced. When XDG_DATA_DIRS is unset,
  // the XDG default is kept behind it so other programs started in the terminal still find theirs.
  const xdg = path.join(i.scriptsDir, 'xdg');
  const userXdg = i.baseEnv['XDG_DATA_DIRS'];
  if (userXdg === undefined || userXdg === '') set('XDG_DATA_DIRS', `${xdg}:/usr/local/share:/usr/share`);
  else if (!userXdg.split(':').includes(xdg)) env.set('XDG_DATA_DIRS', { kind: 'prepend', value: `${xdg}:` });
  return env;
}

/** The mutations applied to a plain environment, as a process started by the editor would see it. */
export function applyTerminalEnvironment(base: Readonly<Record<string, string | undefined>>, m: ReadonlyMap<string, EnvMutation>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) out[k] = v;
  for (const [k, mut] of m) out[k] = mut.kind === 'replace' ? mut.value : mut.value + (out[k] ?? '');
  return out;
}
