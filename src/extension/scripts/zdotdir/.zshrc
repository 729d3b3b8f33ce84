# Destructive Action Gate: ZDOTDIR wrapper, .zshrc. Hands the user's ZDOTDIR back, reads their
# .zshrc from their folder, then loads the gate. From here on zsh reads .zlogin and .zlogout from
# the user's folder itself.
if (( ${__dag_user_zdotdir_set:-0} )); then export ZDOTDIR=$__dag_user_zdotdir; else unset ZDOTDIR; fi
if [[ ${USER_ZDOTDIR-} == "$__dag_zdotdir" ]]; then
  # The editor's integration took this folder for the user's: point what it derived from it
  # where it would point without the gate (it ends with ZDOTDIR=$USER_ZDOTDIR in non-login shells).
  USER_ZDOTDIR=${ZDOTDIR:-$HOME}
  [[ ${HISTFILE-} == "$__dag_zdotdir/.zsh_history" ]] && HISTFILE=$USER_ZDOTDIR/.zsh_history
  # The editor's integration reads the user's .zshrc with ZDOTDIR=$USER_ZDOTDIR.
  export ZDOTDIR=$USER_ZDOTDIR
fi
builtin unset __dag_user_zdotdir_set __dag_user_zdotdir
if [[ ${ZDOTDIR:-$HOME} != "$__dag_zdotdir" && -f ${ZDOTDIR:-$HOME}/.zshrc ]]; then
  builtin source "${ZDOTDIR:-$HOME}/.zshrc"
fi
builtin unset __dag_zdotdir
[[ -n ${DESTRUCTIVE_GATE_SHELL_DIR-} && -r $DESTRUCTIVE_GATE_SHELL_DIR/gate.zsh ]] && builtin source "$DESTRUCTIVE_GATE_SHELL_DIR/gate.zsh"
