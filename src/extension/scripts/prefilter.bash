# Destructive Action Gate: the in-shell prefilter for bash (sourced by gate.bash and gate-env.bash).
# Decides, with builtins only, whether a line could be gated; lines it passes run untouched and
# never start a process. The names (and, for names such as git, the argument words without
# which no rule matches) come from the rule registry through DESTRUCTIVE_GATE_PREFILTER.
# Safe under `set -euo pipefail`: every expansion has a default and every test sits in a condition.

if [[ -z ${__dag_pf_loaded-} ]]; then
  __dag_pf_loaded=1
  # Two lower-case values from the extension: DESTRUCTIVE_GATE_PREFILTER holds the flags first
  # (`@every-line`, then `@redirect`: read with anchored matches) and the names that send a line
  # to the engine; DESTRUCTIVE_GATE_PREFILTER_HINTS holds `name=word,word` for the few names
  # (git, docker, kubectl) that matter only with one of those words on the line.
  __dag_pf_str=" ${DESTRUCTIVE_GATE_PREFILTER-} "
  __dag_pf_hints=" ${DESTRUCTIVE_GATE_PREFILTER_HINTS-} "
  __dag_pf_every=0
  __dag_pf_redirect=0
  __dag_pf_fnfile=
  [[ $__dag_pf_str == ' @every-line '* ]] && __dag_pf_every=1
  # (Not `${__dag_pf_str# @every-line}`: removing a prefix tries every length of the string, a
  # million instructions for these 2.6 KB in a UTF-8 locale.)
  [[ $__dag_pf_str == ' @redirect '* || $__dag_pf_str == ' @every-line @redirect '* ]] && __dag_pf_redirect=1
  # Without a prefilter from the extension nothing tells harmless lines apart: check every line.
  [[ -z ${DESTRUCTIVE_GATE_PREFILTER-} ]] && __dag_pf_every=1
  # An interactive shell files the names (and the hinted names) by their first character once, so
  # a word is matched against the few that start like it rather than the whole 2.6 KB string (tens
  # of microseconds a word in bash). Fixed at load: state that grew with every new word (a table of
  # words already seen, as before) spread the shell's heap and made every later fork of the
  # shell cost more page faults (docs/terminal.md). `bash -c` (the caller sets __dag_pf_once=1)
  # checks one text once: the whole strings are cheaper there than filing them. (Keys are `k` and
  # the character: a key of `@` alone reads as every element in some versions of bash.)
  declare -gA __dag_pf_nb=() __dag_pf_hb=()
  if [[ ${__dag_pf_once-} != 1 ]]; then
    __dag_pf_file() {
      builtin local IFS=$' \t\n' w -
      builtin set -f
      for w in $__dag_pf_str; do __dag_pf_nb[k${w:0:1}]="${__dag_pf_nb[k${w:0:1}]:- }$w "; done
      for w in $__dag_pf_hints; do __dag_pf_hb[k${w:0:1}]="${__dag_pf_hb[k${w:0:1}]:- }$w "; done
    }
    __dag_pf_file
    builtin unset -f __dag_pf_file
  fi

  # __dag_pf_kind WORD: sets __dag_k to what WORD is: `.` a name, `=word,word` a hinted name (one of
  # those words must be on the line too), `-` neither.
  __dag_pf_kind() {
    # A word with a character no name has (`$x`, `a=b`) is neither.
    if [[ -z $1 || $1 == *[!a-z0-9_.+:@-]* ]]; then __dag_k=-; builtin return 0; fi
    if [[ ${__dag_pf_once-} != 1 ]]; then
      __dag_k=${__dag_pf_nb[k${1:0:1}]-}
      if [[ $__dag_k == *" $1 "* ]]; then __dag_k=.; builtin return 0; fi
      __dag_k=${__dag_pf_hb[k${1:0:1}]-}
    else
      if [[ $__dag_pf_str == *" $1 "* ]]; then __dag_k=.; builtin return 0; fi
      __dag_k=$__dag_pf_hints
    fi
    if [[ $__dag_k == *" $1="* ]]; then
      for __dag_k in $__dag_k; do [[ $__dag_k == "$1="* ]] && builtin break; done
      __dag_k==${__dag_k#*=}
    else
      __dag_k=-
    fi
  }

  # __dag_hits TEXT [DEPTH]: its body is prefilter-core.bash. An interactive shell defines the
  # function once; `bash -c` (the caller sets __dag_pf_once=1) reads the file at its one call,
  # which costs half as much: bash copies a function's definition after parsing it.
  __dag_pf_core=${BASH_SOURCE[0]-}
  [[ $__dag_pf_core == */* ]] && __dag_pf_core=${__dag_pf_core%/*}/prefilter-core.bash || __dag_pf_core=prefilter-core.bash
  __dag_pf_body=
  if [[ ! -r $__dag_pf_core ]]; then
    # Never fail open: without the prefilter every line goes to the engine.
    __dag_hits() { builtin return 0; }
  elif [[ ${__dag_pf_once-} == 1 ]]; then
    __dag_hits() { builtin source "$__dag_pf_core"; }
  else
    IFS= builtin read -r -d '' __dag_pf_body <"$__dag_pf_core" || :
    builtin eval "__dag_hits() {
$__dag_pf_body
}" || __dag_hits() { builtin return 0; }
  fi
  builtin unset -v __dag_pf_body
fi
