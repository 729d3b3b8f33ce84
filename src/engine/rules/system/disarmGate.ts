import type { SimpleCommand } from '../../model/command';
import { isGateName } from '../../model/gateNames';
import type { Rule } from '../rule';

// Lines that would switch the gate itself off: an agent typing into a protected terminal can reach
// the shell state that checks its next line, the variables that arm child shells, and the editor's
// extension list. Each asks the human first, like any other irreversible step.

/** Builtins that set, unset or export variables and functions by name (bash, zsh, fish). */
const DECLARING = new Set(['unset', 'export', 'declare', 'typeset', 'readonly', 'local', 'unfunction', 'functions', 'set', 'integer', 'float']);

function gateNameIn(cmd: SimpleCommand): string | undefined {
  for (const k of Object.keys(cmd.assigns)) if (isGateName(k)) return k;
  // An array element assignment (`__dag_pf_memo[rm]=-`) is read as a command word.
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

/** Key sequences the gate binds to check a line before it runs (Enter, and its own private sequences). */
const ENTER_KEYS = /\\C-m|\\C-j|\\r|\\n|\^M|\^J|\bRETURN\b|\benter\b|5998|5999|accept-line|accept-and-hold|accept-and-infer-next-history|accept-line-and-down-history|\bexecute\b/i;

/** Rebinding Enter, or removing key bindings wholesale, in bash (`bind`), zsh (`bindkey`, `zle`) and fish (`bind`). */
export const gateKeys: Rule = {
  id: 'system/disarm-gate-keys',
  severity: 'high',
  verdict: 'confirm',
  reason: 'rebinds Enter (or drops key bindings) in this shell: the gate checks each line when Enter is pressed',
  tool: 'shell',
  commands: ['bind', 'bindkey', 'zle'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    const touchesEnter = v.some((x) => ENTER_KEYS.test(x));
    // Wholesale: bash `bind -f FILE` reads an inputrc; zsh `bindkey -d`/`-D`, fish `bind -e --all`.
    const wholesale = cmd.name === 'bind' ? v.includes('-f') || (v.some((x) => x === '-e' || x === '--erase') && v.some((x) => x === '-a' || x === '--all')) : cmd.name === 'bindkey' ? v.some((x) => /^-[a-zA-Z]*[dD]/.test(x)) : false;
    if (!touchesEnter && !wholesale) return undefined;
    return { target: cmd.name };
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
