import type { SimpleCommand, Word } from '../../model/command';
import { isGateName } from '../../model/gateNames';
import type { Rule } from '../rule';

// Lines that would switch the gate itself off: an agent typing into a protected terminal can reach
// the shell state that checks its next line, the variables that arm child shells, and the editor's
// extension list. Each asks the human first, like any other irreversible step.

/** Builtins that set, unset or export variables and functions by name (bash, zsh, fish). */
const DECLARING = new Set(['unset', 'export', 'declare', 'typeset', 'readonly', 'local', 'unfunction', 'functions', 'set', 'integer', 'float']);

function gateNameIn(cmd: SimpleCommand): string | undefined {
  for (const k of Object.keys(cmd.assigns)) if (isGateName(k)) return k;
  // An array element assignment (`__dag_pf_nb[kr]=' '`) is read as a command word.
  const element = /^([A-Za-z_][A-Za-z0-9_]*)\[.*\]\+?=/.exec(cmd.word.value);
  if (element?.[1] !== undefined && isGateName(element[1])) return element[1];
  if (!DECLARING.has(cmd.name)) return undefined;
  for (const a of cmd.args) {
    const name = a.value.split('=', 1)[0] ?? '';
    if (isGateName(name)) return name;
  }
  return undefined;
}

/** Setting, unsetting or exporting the gate's variables or functions (`__dag_*`, `DESTRUCTIVE_GATE_*`, `BASH_ENV`, `ZDOTDIR`). */
export const gateVariables: Rule = {
  id: 'system/disarm-gate-variables',
  severity: 'high',
  verdict: 'confirm',
  reason: "changes the gate's own state in this shell (or what arms the shells it starts): what it would stop next could run unchecked",
  tool: 'shell',
  // Assignment-only statements (`__dag_pf_every=1`) have no command name: every command is read.
  // The shell prefilters send any line naming these on (a structural check, see shellPrefilter.ts).
  commands: ['*'],
  match(cmd) {
    const name = gateNameIn(cmd);
    return name === undefined ? undefined : { target: name };
  },
};

/** Enter, and the gate's own private key sequences, as bash, zsh and fish spell a key. */
const ENTER_KEY = /^(?:\\C-m|\\C-j|\\r|\\n|\^M|\^J|RETURN|enter|\\cm|\\cj|.*5998~?|.*5999~?)$/i;
/** Widgets and input functions that run the buffer: bound to another key, that key skips the check. */
const RUNS_BUFFER = /^\.?(?:accept-line|accept-and-hold|accept-and-infer-next-history|accept-line-and-down-history|execute)$/;

const unquote = (x: string): string => x.trim().replace(/^(["'])(.*)\1$/, '$2');

/**
 * The keys and the functions a `bind` / `bindkey` line names: bash writes `"KEY": function` in one
 * argument (a quoted function is a macro: typed text, which goes through Enter like any other);
 * zsh and fish write KEY then the widget or commands as separate arguments (`-r KEY` removes).
 */
function bindingParts(args: readonly Word[]): { keys: string[]; functions: string[] } {
  const keys: string[] = [];
  const functions: string[] = [];
  const rest: Word[] = [];
  for (const w of args) {
    const a = w.value;
    if (a.startsWith('-') && a.length > 1) continue;
    const colon = a.indexOf(':');
    if (colon > 0 && /^["']?\\|^"/.test(a.trim())) {
      keys.push(unquote(a.slice(0, colon)));
      const fn = a.slice(colon + 1).trim();
      if (!fn.startsWith('"') && !fn.startsWith("'")) functions.push(fn.split(/\s+/)[0] ?? '');
    } else rest.push(w);
  }
  // A key as written (fish reads `\r` itself; the shell reading of the word drops the backslash).
  if (rest[0] !== undefined) keys.push(unquote(rest[0].value), unquote(rest[0].raw));
  functions.push(...rest.slice(1).map((w) => w.value));
  return { keys, functions };
}

/** Rebinding Enter, or binding another key to what runs the buffer, in bash (`bind`), zsh (`bindkey`, `zle`) and fish (`bind`). */
export const gateKeys: Rule = {
  id: 'system/disarm-gate-keys',
  severity: 'high',
  verdict: 'confirm',
  reason: 'rebinds Enter, or binds a key to what runs the line, in this shell: the gate checks each line when Enter is pressed',
  tool: 'shell',
  commands: ['bind', 'bindkey', 'zle'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    if (cmd.name === 'zle') return v.some((x) => RUNS_BUFFER.test(x)) ? { target: 'zle' } : undefined;
    // fish `bind -e --all` erases every binding, the gate's Enter included.
    if (v.some((x) => x === '-e' || x === '--erase') && v.some((x) => x === '-a' || x === '--all')) return { target: cmd.name };
    const { keys, functions } = bindingParts(cmd.args);
    if (keys.some((k) => ENTER_KEY.test(k)) || functions.some((f) => RUNS_BUFFER.test(f))) return { target: cmd.name };
    return undefined;
  },
};

const EDITORS = ['code', 'code-insiders', 'cursor', 'codium', 'windsurf', 'code-server'];

/** Uninstalling or disabling the gate's extension (or every extension) from the editor's command line. */
export const gateExtension: Rule = {
  id: 'system/disarm-gate-extension',
  severity: 'high',
  verdict: 'confirm',
  reason: 'uninstalls or disables Destructive Action Gate in the editor',
  tool: 'shell',
  commands: EDITORS,
  argWords: ['--uninstall-extension', '--disable-extension', '--disable-extensions'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    if (v.includes('--disable-extensions')) return { target: 'all extensions' };
    for (let i = 0; i < v.length; i++) {
      const flag = v[i] ?? '';
      const [opt, inline] = flag.split('=', 2);
      if (opt !== '--uninstall-extension' && opt !== '--disable-extension') continue;
      const id = inline ?? v[i + 1] ?? '';
      if (/destructive-action-gate/i.test(id)) return { target: id };
    }
    return undefined;
  },
};
