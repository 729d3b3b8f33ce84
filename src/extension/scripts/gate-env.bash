# Destructive Action Gate: BASH_ENV for non-interactive bash (`bash -c '...'`) started from a
# protected terminal or by an agent that inherited its environment. Runs before the -c text:
# a text the prefilter clears costs a few builtins; a gated one is refused whole (exit 126)
# unless the editor confirms it. Scripts run by path are not read here (the interactive gate and
# agent hooks see how they are started). The user's own BASH_ENV is chained first.
# Must never break a script: safe under set -euo pipefail, and leaves nothing of its own behind.

if [[ -n ${DESTRUCTIVE_GATE_USER_BASH_ENV-} && ${DESTRUCTIVE_GATE_USER_BASH_ENV} != "${BASH_SOURCE[0]-}" && -r ${DESTRUCTIVE_GATE_USER_BASH_ENV} ]]; then
  builtin source "$DESTRUCTIVE_GATE_USER_BASH_ENV"
fi
if [[ -n ${BASH_EXECUTION_STRING-} && -n ${DESTRUCTIVE_GATE_SHELL_DIR-} && $- != *i* ]]; then
  __dag_pf_once=1
  builtin source "$DESTRUCTIVE_GATE_SHELL_DIR/prefilter.bash" || :
  # Never fail open: a prefilter that did not load sends the text on.
  builtin declare -F __dag_hits >/dev/null || __dag_hits() { builtin return 0; }
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
  builtin unset -f __dag_hits __dag_pf_kind
  builtin unset -v __dag_defs __dag_subst __dag_msg __dag_rc __dag_pf_once __dag_pf_loaded __dag_pf_str __dag_pf_hints __dag_pf_every __dag_pf_redirect __dag_pf_fnfile __dag_pf_nb __dag_pf_hb __dag_pf_core
fi
