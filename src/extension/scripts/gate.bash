# Destructive Action Gate: checks each line typed or sent into an interactive bash before it runs.
# Loaded at the first prompt through PROMPT_COMMAND (set by the extension), i.e. after the user's
# rc files and after the editor's own shell integration, which it chains instead of replacing.
#
# Enter runs two readline steps: a `bind -x` check that sees the whole buffer (every command of
# the line, multi-line pastes, heredoc bodies), then accept-line. Harmless lines cost a few
# builtins; only lines the prefilter cannot clear go to the bridge (dist/cli.js shell-check).

# Already loaded: PROMPT_COMMAND sources us only when __dag_precmd failed, i.e. to pass on the
# previous command's failing status; hand it back unchanged.
if [[ -n ${__dag_on-} ]]; then builtin return "${__dag_status:-0}"; fi
[[ $- == *i* ]] || builtin return 0
__dag_on=1

# Never fail open: without the prefilter every line goes to the engine.
builtin source "${DESTRUCTIVE_GATE_SHELL_DIR:-${BASH_SOURCE[0]%/*}}/prefilter.bash" || :
builtin declare -F __dag_hits >/dev/null || __dag_hits() { builtin return 0; }

__dag_status=0
__dag_prev=
__dag_msg=
__dag_defs=
__dag_subst=()
__dag_held=
__dag_line=
__dag_pf_fnfile=$(builtin umask 077 && command mktemp "${TMPDIR:-/tmp}/destructive-gate-fn.XXXXXXXX" 2>/dev/null) || __dag_pf_fnfile=
if [[ -n $__dag_pf_fnfile ]]; then builtin trap 'command rm -f -- "$__dag_pf_fnfile"' EXIT 2>/dev/null || :; fi

# Run at every prompt (first in PROMPT_COMMAND): a completed line clears the continuation state.
__dag_precmd() {
  __dag_status=$?
  __dag_prev=
  builtin return "$__dag_status"
}

# Asks the bridge about TEXT. Status 0: run; 11: incomplete, keep reading; anything else: refused.
__dag_bridge() {
  if [[ -z ${DESTRUCTIVE_GATE_NODE-} || -z ${DESTRUCTIVE_GATE_CLI-} ]]; then
    __dag_msg="destructive-gate: blocked: the gate's bridge is not configured in this terminal; nothing ran."
    builtin return 10
  fi
  __dag_msg=$(ELECTRON_RUN_AS_NODE=1 "$DESTRUCTIVE_GATE_NODE" "$DESTRUCTIVE_GATE_CLI" shell-check --shell bash <<<"$1")
  builtin local rc=$?
  case $rc in
    0|10|11) ;;
    *) [[ -n $__dag_msg ]] || __dag_msg="destructive-gate: blocked: the gate's bridge failed (exit $rc); nothing ran." ;;
  esac
  builtin return "$rc"
}

# The command a refused line is replaced with: prints why and fails, so the editor's shell
# integration and agents see a finished command with exit status 126 and the reason as output.
# History keeps the line the user wrote, not the stand-in (and not at all when it starts with a
# space, as the editor's agent sends it).
__dag_refused() {
  builtin printf '%s\n' "$__dag_msg" >&2
  if [[ -o history ]]; then
    builtin history -d -1 2>/dev/null || :
    [[ $__dag_line == [[:space:]]* || -z $__dag_line ]] || builtin history -s -- "$__dag_line"
  fi
  builtin return 126
}

# The Enter check (bind -x). Kept small, like __dag_hits: bash copies a function's body at every call.
__dag_enter() {
  if [[ -n $__dag_held ]]; then builtin bind '"\e[5999~": accept-line'; __dag_held=; fi
  __dag_defs=
  __dag_subst=()
  if __dag_hits "$__dag_prev$READLINE_LINE"; then
    __dag_ask
  else
    __dag_prev+=$READLINE_LINE$'\n'
  fi
}

# A line the prefilter could not clear: the engine decides, through the bridge.
__dag_ask() {
  builtin local line="$READLINE_LINE" text="$__dag_prev$READLINE_LINE" rc i
  for ((i = 0; i < ${#__dag_subst[@]}; i += 2)); do
    text=${text/"${__dag_subst[i]}"/"${__dag_subst[i + 1]}"}
  done
  __dag_bridge "$__dag_defs$text"
  rc=$?
  if (( rc == 0 )); then
    __dag_prev+=$line$'\n'
    builtin return 0
  fi
  if (( rc == 11 )); then
    # Incomplete (open heredoc, quote, loop): keep reading into the same buffer so the whole
    # unit is judged at once and nothing of it reaches the shell before that.
    READLINE_LINE+=$'\n'
    READLINE_POINT=${#READLINE_LINE}
    builtin bind '"\e[5999~": ""'
    __dag_held=1
    builtin return 0
  fi
  if [[ -n $__dag_prev ]]; then
    # Earlier lines of this command are already in bash's parser: interrupt to discard them.
    builtin printf '%s\n' "$__dag_msg" >&2
    READLINE_LINE=
    __dag_prev=
    builtin kill -INT $$
    builtin return 0
  fi
  __dag_line=$line
  READLINE_LINE=__dag_refused
  READLINE_POINT=${#READLINE_LINE}
}

# The editor's integration and bash-preexec are told apart from the gate by statements put at the
# start of their own functions (rather than wrappers: the DEBUG trap runs before every top-level
# command, and a second function call there made each command of a loop typed at the prompt 27%
# slower). Preexec dispatchers run on the DEBUG trap, which also fires for our bind -x check, and
# must not take it for the user's command; and the editor reports the line the user wrote for a
# refused line, not the stand-in. A function this version of the editor does not have is skipped.
# __dag_guard FUNCTION STATEMENT: puts STATEMENT first in FUNCTION (once: gate.bash loads once).
__dag_guard() {
  builtin local def
  builtin declare -F "$1" >/dev/null || builtin return 0
  def=$(builtin declare -f "$1") || builtin return 0
  builtin eval "$1() { $2 ${def#*\{}"
}
__dag_guard_all() {
  builtin local f
  for f in __vsc_preexec_only __vsc_preexec_all __bp_preexec_invoke_exec; do
    __dag_guard "$f" '[[ -n ${READLINE_POINT+x} ]] && builtin return 0;'
  done
  __dag_guard __vsc_command_output_start '[[ ${__vsc_current_command-} == __dag_refused ]] && __vsc_current_command=$__dag_line;'
}
__dag_guard_all
builtin unset -f __dag_guard __dag_guard_all

__dag_bind() {
  builtin local m
  for m in emacs vi-insert vi-command; do
    builtin bind -m "$m" -x '"\e[5998~": __dag_enter'
    builtin bind -m "$m" '"\e[5999~": accept-line'
    builtin bind -m "$m" '"\C-m": "\e[5998~\e[5999~"'
    builtin bind -m "$m" '"\C-j": "\e[5998~\e[5999~"'
  done
}
__dag_bind 2>/dev/null

builtin readonly -f __dag_enter __dag_ask __dag_hits __dag_pf_kind __dag_bridge __dag_refused __dag_precmd 2>/dev/null || :
builtin return 0
