// The gate's own shell state, named so that every reader can recognise a line that would change it:
// the functions and variables its terminal scripts define (`__dag_*`), the variables that arm a
// terminal (`DESTRUCTIVE_GATE_*`) and the two that arm `bash -c` / `zsh -c` children.

/** True for a variable or function name (`name` or `name[subscript]`) that belongs to the gate. */
export function isGateName(name: string): boolean {
  const base = name.replace(/\[.*$/, '');
  return base.startsWith('__dag_') || /^DESTRUCTIVE_GATE_/i.test(base) || base === 'BASH_ENV' || base === 'ZDOTDIR';
}

/**
 * What every prefilter (bash, zsh, fish, the agent hooks' and the engine's fast path) looks for in a
 * line's text, in any case, to send it on: the rule that reads these names reads every command
 * (assignments have no command word), so no command name can tell a prefilter about it. Reading
 * `$BASH_ENV` or `${ZDOTDIR-}` does not count.
 */
export const GATE_NAME_TEXT = /__dag_|destructive_gate_|(?<![${])(?:bash_env|zdotdir)/i;
