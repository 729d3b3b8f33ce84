# Destructive Action Gate: BASH_ENV for non-interactive bash (`bash -c '...'`) started from a
# protected terminal or by an agent that inherited its environment. Runs before the -c text:
# a text the prefilter clears costs a few builtins; a gated one is refused whole (exit 126)
# unless the editor confirms it. Scripts run by path are not read here (the interactive gate and
# agent hooks see how they are started). The user's own BASH_ENV is chained first.
# Must never break a script: safe under set -euo pipefail, leaves no state but __dag_* names.

if [[ -n ${DESTRUCTIVE_GATE_USER_BASH_ENV-} && ${DESTRUCTIVE_GATE_USER_BASH_ENV} != "${BASH_SOURCE[0]-}" && -r ${DESTRUCTIVE_GATE_USER_BASH_ENV} ]]; then
  builtin source "$DESTRUCTIVE_GATE_USER_BASH_ENV"
fi
if [[ -n ${BASH_EXECUTION_STRING-} && -n ${DESTRUCTIVE_GATE_SHELL_DIR-} && $- != *i* ]]; then
  builtin source "$DESTRUCTIVE_GATE_SHELL_DIR/prefilter.bash" || :
  __dag_defs=
  __dag_subst=()
  if __dag_hits "$BASH_EXECUTION_STRING"; then
    if [[ -z ${DESTRUCTIVE_GATE_NODE-} || -z ${DESTRUCTIVE_GATE_CLI-} ]]; then
      builtin printf '%s\n' "destructive-gate: blocked: the gate's bridge is not configured; nothing ran." >&2
      builtin exit 126
    fi
    __dag_msg=$(ELECTRON_RUN_AS_NODE=1 "$DESTRUCTIVE_GATE_NODE" "$DESTRUCTIVE_GATE_CLI" shell-check --shell bash --non-interactive <<<"$BASH_EXECUTION_STRING") && __dag_rc=0 || __dag_rc=$?
    if [[ $__dag_rc != 0 ]]; then
      builtin printf '%s\n' "${__dag_msg:-destructive-gate: blocked: the bridge failed (exit $__dag_rc), nothing ran.}" >&2
      builtin exit 126
    fi
  fi
  builtin unset -v __dag_defs __dag_subst __dag_msg __dag_rc
fi
