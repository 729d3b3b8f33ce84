# Destructive Action Gate: ZDOTDIR wrapper, .zshenv. The extension points ZDOTDIR here; the
# editor's own zsh integration (when it injects) records this folder as the "user" folder and
# chains into it, so the order is: editor -> gate -> the user's own files, each read from the
# user's folder with ZDOTDIR set as the user set it. The user's ZDOTDIR is handed back exactly
# (unset if it was unset) as soon as no more start-up files need to come through here:
#  - zsh -c / scripts (not interactive): right after the user's .zshenv, then the -c text is
#    checked before it runs;
#  - interactive shells: in .zshrc, before the user's .zshrc.

typeset -g __dag_zdotdir=${ZDOTDIR-}
if (( ${+DESTRUCTIVE_GATE_USER_ZDOTDIR} )); then export ZDOTDIR=$DESTRUCTIVE_GATE_USER_ZDOTDIR; else unset ZDOTDIR; fi
if [[ ${ZDOTDIR:-$HOME} != "$__dag_zdotdir" && -f ${ZDOTDIR:-$HOME}/.zshenv ]]; then
  builtin source "${ZDOTDIR:-$HOME}/.zshenv"
fi

if [[ -o interactive && -o rcs && -z ${ZSH_EXECUTION_STRING-} ]]; then
  # The rest of the start-up files come through this folder; the user's ZDOTDIR (possibly just
  # set by their .zshenv) is kept to be restored in .zshrc.
  typeset -g __dag_user_zdotdir_set=${+ZDOTDIR} __dag_user_zdotdir=${ZDOTDIR-}
  export ZDOTDIR=$__dag_zdotdir
elif [[ -n ${ZSH_EXECUTION_STRING-} && -n ${DESTRUCTIVE_GATE_SHELL_DIR-} ]]; then
  # zsh -c: the text is checked before any of it runs. Harmless text costs a few builtins; a
  # gated one is refused whole (exit 126) unless the editor confirms it.
  () {
    emulate -L zsh
    # Never fail open: a prefilter that did not load sends the text on.
    builtin source "$DESTRUCTIVE_GATE_SHELL_DIR/prefilter.zsh" 2>/dev/null || __dag_hits() { return 0 }
    __dag_hits "$ZSH_EXECUTION_STRING" || return 0
    local msg
    integer rc
    if [[ -z ${DESTRUCTIVE_GATE_NODE-} || -z ${DESTRUCTIVE_GATE_CLI-} ]]; then
      builtin print -ru2 -- "destructive-gate: blocked: the gate's bridge is not configured; nothing ran."
      builtin exit 126
    fi
    msg=$(ELECTRON_RUN_AS_NODE=1 "$DESTRUCTIVE_GATE_NODE" "$DESTRUCTIVE_GATE_CLI" shell-check --shell zsh --non-interactive <<<"$ZSH_EXECUTION_STRING")
    rc=$?
    if (( rc != 0 )); then
      builtin print -ru2 -- "${msg:-destructive-gate: blocked: the bridge failed (exit $rc), nothing ran.}"
      builtin exit 126
    fi
  }
  builtin unset -f __dag_hits __dag_target 2>/dev/null
  builtin unset __dag_pf_loaded __dag_pf_str __dag_pf_hints __dag_pf_every __dag_pf_redirect __dag_pf_set __dag_pf_hint __dag_pf_hashed __dag_defs __dag_subst __dag_zdotdir 2>/dev/null
else
  builtin unset __dag_zdotdir
fi
