# Destructive Action Gate: ZDOTDIR wrapper, .zprofile (interactive login shells): the user's
# .zprofile, read from their folder with their ZDOTDIR, then back through this folder for .zshrc.
if (( __dag_user_zdotdir_set )); then export ZDOTDIR=$__dag_user_zdotdir; else unset ZDOTDIR; fi
if [[ ${ZDOTDIR:-$HOME} != "$__dag_zdotdir" && -f ${ZDOTDIR:-$HOME}/.zprofile ]]; then
  builtin source "${ZDOTDIR:-$HOME}/.zprofile"
fi
__dag_user_zdotdir_set=${+ZDOTDIR} __dag_user_zdotdir=${ZDOTDIR-}
export ZDOTDIR=$__dag_zdotdir
