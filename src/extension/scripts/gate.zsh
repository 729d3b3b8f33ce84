# Destructive Action Gate: checks each line typed or sent into an interactive zsh before it runs.
# Sourced by the gate's .zshrc wrapper after the user's own .zshrc (oh-my-zsh, prompt frameworks).
# At the first prompt, after the editor's shell integration has added its hooks, it wraps the
# widgets that execute the buffer (accept-line and its variants): the wrapper reads the whole
# unit ($PREBUFFER$BUFFER: multi-line input, heredoc bodies) and only then calls the widget it
# wrapped. Harmless lines cost a few builtins; only lines the prefilter cannot clear go to the
# bridge (dist/cli.js shell-check).

[[ -o interactive ]] || return 0
(( ${+__dag_on} )) && return 0
typeset -g __dag_on=1
typeset -g __dag_pf_hash=1
# Never fail open: without the prefilter every line goes to the engine.
builtin source "${DESTRUCTIVE_GATE_SHELL_DIR:-${${(%):-%x}:h}}/prefilter.zsh" || __dag_hits() { return 0 }

# zsh -c pays for parsing the wrapper's .zshenv and prefilter.zsh at every start (about a
# millisecond together); their compiled forms beside them are read instead when present and
# newer. Compiled here, once, by this zsh (wordcode is specific to the zsh version, which checks
# it), into a temporary name first so a shell starting meanwhile never reads half a file.
() {
  emulate -L zsh
  local f
  [[ -n ${DESTRUCTIVE_GATE_SHELL_DIR-} ]] || return 0
  zmodload -F zsh/files b:zf_mv b:zf_rm 2>/dev/null || return 0
  for f in $DESTRUCTIVE_GATE_SHELL_DIR/prefilter.zsh $DESTRUCTIVE_GATE_SHELL_DIR/zdotdir/.zshenv; do
    [[ -r $f && -w ${f:h} ]] || continue
    [[ -e $f.zwc && ! $f -nt $f.zwc ]] && continue
    zcompile -U "$f.$$.zwc" "$f" 2>/dev/null && zf_mv -f "$f.$$.zwc" "$f.zwc" 2>/dev/null
    zf_rm -f "$f.$$.zwc" 2>/dev/null || :
  done
}

typeset -g __dag_msg= __dag_line=
typeset -ga __dag_widgets
__dag_widgets=(accept-line accept-and-hold accept-line-and-down-history accept-and-infer-next-history)

# Asks the bridge about TEXT. Status 0: run; 11: incomplete, keep reading; anything else: refused.
__dag_bridge() {
  emulate -L zsh
  if [[ -z ${DESTRUCTIVE_GATE_NODE-} || -z ${DESTRUCTIVE_GATE_CLI-} ]]; then
    __dag_msg="destructive-gate: blocked: the gate's bridge is not configured in this terminal; nothing ran."
    return 10
  fi
  __dag_msg=$(ELECTRON_RUN_AS_NODE=1 "$DESTRUCTIVE_GATE_NODE" "$DESTRUCTIVE_GATE_CLI" shell-check --shell zsh <<<"$1")
  local rc=$?
  case $rc in
    (0|10|11) ;;
    (*) [[ -n $__dag_msg ]] || __dag_msg="destructive-gate: blocked: the gate's bridge failed (exit $rc); nothing ran." ;;
  esac
  return rc
}

# What a refused line is replaced with: prints why and fails, so the editor's shell integration
# and agents see a finished command with exit status 126 and the reason as its output.
__dag_refused() {
  builtin print -ru2 -- "$__dag_msg"
  return 126
}

# __dag_accept WIDGET [ARGS]: what replaces accept-line (and its variants), through one small
# function per widget (`__dag_accept_accept-line`) that names it: a plugin may register our function
# again under a widget name of its own, so $WIDGET does not say which widget we stand for.
__dag_accept() {
  emulate -L zsh
  local w=$1
  shift
  # A widget installed in front of ours that calls ours again: judged once, by the outer call, and
  # the inner call goes on to what was there before the gate's first install (calling the newest
  # one again would loop through the plugin's widget back to ours).
  if (( ${+__dag_judging} )); then
    zle ${__dag_first[$w]:-.$w} -- "$@"
    return
  fi
  local __dag_judging=1 text="$PREBUFFER$BUFFER" sub
  __dag_ran=1
  integer rc i
  __dag_defs=
  __dag_subst=()
  if ! __dag_hits "$text"; then
    zle ${__dag_orig[$w]:-.$w} -- "$@"
    return
  fi
  for (( i = 1; i < ${#__dag_subst}; i += 2 )); do
    sub=${__dag_subst[i]}
    text=${text/"$sub"/${__dag_subst[i + 1]}}
  done
  __dag_bridge "$__dag_defs$text"
  rc=$?
  if (( rc == 0 )); then
    zle ${__dag_orig[$w]:-.$w} -- "$@"
    return
  fi
  if (( rc == 11 )); then
    # Incomplete (open heredoc, quote, loop): keep editing the same buffer, so the whole unit is
    # judged at once and nothing of it reaches the shell's parser before that.
    BUFFER+=$'\n'
    CURSOR=${#BUFFER}
    return 0
  fi
  if [[ -n $PREBUFFER ]]; then
    # Earlier lines of this command are already in the parser: abort the whole input.
    zle -I
    builtin print -ru2 -- "$__dag_msg"
    BUFFER=
    zle send-break
    return 0
  fi
  __dag_line=$BUFFER
  BUFFER=__dag_refused
  CURSOR=${#BUFFER}
  zle ${__dag_orig[$w]:-.$w} -- "$@"
}

# History keeps the line the user wrote, not the stand-in (and not at all when it starts with a
# space, as the editor's agent sends it).
__dag_history() {
  [[ $1 == __dag_refused$'\n' ]] || return 0
  [[ $__dag_line == ' '* ]] || builtin print -sr -- "$__dag_line"
  return 1
}

# The editor's integration reports the command line it is given; for a refused line that is
# the line the user wrote.
__dag_wrap_preexec() {
  emulate -L zsh
  (( ${+functions[__vsc_preexec]} && ! ${+functions[__dag_orig_vsc_preexec]} )) || return 0
  functions[__dag_orig_vsc_preexec]=${functions[__vsc_preexec]}
  __vsc_preexec() {
    if [[ $2 == __dag_refused ]]; then __dag_orig_vsc_preexec "$__dag_line" "$__dag_line" "$__dag_line"
    else __dag_orig_vsc_preexec "$@"; fi
  }
}

# (Re)wraps the executing widgets when something (a framework, a plugin re-binding at its own
# precmd) put its own widget in front of ours; the widget it installed is kept and called.
# __dag_orig maps each to what runs the line: zsh's own widget by its `.` name when nothing else
# was there, or an alias of the widget found in its place. __dag_first keeps what was there at
# the first install, under an alias no later install replaces.
typeset -gA __dag_orig __dag_first
__dag_install() {
  emulate -L zsh
  local w
  for w in $__dag_widgets; do
    [[ ${widgets[$w]-} == user:__dag_accept_$w ]] && continue
    if [[ ${widgets[$w]-builtin} == builtin ]]; then
      __dag_orig[$w]=.$w
    elif (( ${+__dag_first[$w]} )); then
      zle -A $w __dag_orig_$w
      __dag_orig[$w]=__dag_orig_$w
    else
      zle -A $w __dag_first_$w
      __dag_orig[$w]=__dag_first_$w
    fi
    (( ${+__dag_first[$w]} )) || __dag_first[$w]=$__dag_orig[$w]
    functions[__dag_accept_$w]="__dag_accept $w \"\$@\""
    zle -N $w __dag_accept_$w
  done
}

# At each prompt: wraps the widgets again when something else now stands in front of ours and the
# last line did not come through ours (a plugin that wrapped ours calls it, and wrapping it back
# would make the two take turns, each line running the plugin's widget twice).
typeset -gi __dag_ran=0
__dag_precmd() {
  local s=$?
  if [[ ${widgets[accept-line]-} != user:__dag_accept_accept-line ]] && (( ! __dag_ran )); then
    __dag_install
    __dag_wrap_preexec
  fi
  __dag_ran=0
  return s
}

typeset -ga precmd_functions zshaddhistory_functions
precmd_functions=(__dag_precmd ${precmd_functions:#__dag_precmd})
zshaddhistory_functions=(__dag_history ${zshaddhistory_functions:#__dag_history})
return 0
