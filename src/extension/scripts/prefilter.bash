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
  [[ ${__dag_pf_str# @every-line} == ' @redirect '* ]] && __dag_pf_redirect=1
  # Without a prefilter from the extension nothing tells harmless lines apart: check every line.
  [[ -z ${DESTRUCTIVE_GATE_PREFILTER-} ]] && __dag_pf_every=1
  # Words already looked up (bash matches a pattern against a long string in tens of
  # microseconds): `.` a name, `=word,word` a hinted name, `-` neither. Bounded by __dag_pf_kind.
  declare -gA __dag_pf_memo=()

  # __dag_pf_kind WORD: sets __dag_k to what WORD is (see __dag_pf_memo).
  __dag_pf_kind() {
    # A word with a character no name has (`$x`, `a=b`) is neither, and is not remembered.
    if [[ -z $1 || $1 == *[!a-z0-9_.+:@-]* ]]; then __dag_k=-; builtin return 0; fi
    __dag_k=${__dag_pf_memo[$1]-}
    [[ -z $__dag_k ]] || builtin return 0
    if [[ $__dag_pf_str == *" $1 "* ]]; then
      __dag_k=.
    elif [[ $__dag_pf_hints == *" $1="* ]]; then
      for __dag_k in $__dag_pf_hints; do [[ $__dag_k == "$1="* ]] && builtin break; done
      __dag_k==${__dag_k#*=}
    else
      __dag_k=-
    fi
    (( ${#__dag_pf_memo[@]} < 4096 )) || __dag_pf_memo=()
    __dag_pf_memo[$1]=$__dag_k
  }

  # The rarer branches of __dag_hits live in their own functions: bash copies a function's whole
  # body at every call, and a smaller __dag_hits touches fewer memory pages per line, which is
  # what a line costs once the editor's integration has forked (docs/terminal.md).

  # __dag_pf_variants WORD KIND: status 0 when a variant of WORD (python3.12 -> python, mkfs.ext4
  # -> mkfs, git-foo -> git) is a name; for a hinted WORD only plain names count.
  __dag_pf_variants() {
    builtin local v1=${1%%[0-9.]*} v2=${1%%-*}
    [[ $v1 != "$1" ]] || v1=
    [[ $v2 != "$1" && $v2 != "$v1" ]] || v2=
    if [[ $2 == =* ]]; then
      [[ -n $v1 ]] && __dag_pf_kind "$v1" && [[ $__dag_k == . ]] && builtin return 0
      [[ -n $v2 ]] && __dag_pf_kind "$v2" && [[ $__dag_k == . ]] && builtin return 0
      builtin return 1
    fi
    [[ -n $v1 ]] && __dag_pf_kind "$v1" && [[ $__dag_k != - ]] && builtin return 0
    [[ -n $v2 ]] && __dag_pf_kind "$v2" && [[ $__dag_k != - ]] && builtin return 0
    builtin return 1
  }

  # __dag_pf_target WORD: status 0 when a `>` into WORD could be gated (a file the overwrite rule
  # protects, or one the shell cannot know in advance).
  __dag_pf_target() {
    case $1 in
      /dev/null|/dev/stdout|/dev/stderr|/dev/tty|/dev/fd/*) builtin return 1 ;;
      *..*|*'$'*|'~'*|*[*?[{]*|*.git*) builtin return 0 ;;
      /tmp/*) builtin return 1 ;;
      /*) builtin return 0 ;;
    esac
    case ${1##*/} in
      *.db|*.sqlite|*.sqlite3|*.mdb|*.pem|*.key|.env*|*.DB|*.SQLITE|*.SQLITE3|*.MDB|*.PEM|*.KEY|.ENV*) builtin return 0 ;;
    esac
    builtin return 1
  }

  # __dag_pf_shadow WORD DEPTH: WORD is an alias or a function, and what runs is its body.
  # Status 0: the body may be gated (recorded in __dag_subst / __dag_defs); 1: cleared; 2: read
  # WORD as a name after all.
  __dag_pf_shadow() {
    builtin local v body
    if (( $2 < 4 )) && [[ -n ${BASH_ALIASES[$1]-} ]]; then
      v=${BASH_ALIASES[$1]}
      if __dag_hits "$v" $(($2 + 1)); then
        __dag_subst+=("$1" "$v")
        builtin return 0
      fi
      builtin return 1
    fi
    if [[ -n $__dag_pf_fnfile ]] && builtin declare -F -- "$1" >/dev/null 2>&1; then
      (( $2 < 4 )) || builtin return 0
      builtin declare -f -- "$1" >"$__dag_pf_fnfile" 2>/dev/null || builtin return 0
      IFS= builtin read -r -d '' body <"$__dag_pf_fnfile" || :
      if __dag_hits "${body#*$'\n'}" $(($2 + 1)); then
        __dag_defs+=$body$'\n'
        builtin return 0
      fi
      builtin return 1
    fi
    builtin return 2
  }

  # __dag_pf_hinted TEXT HINTS: status 0 when a part of a word in TEXT is one of the hinted names'
  # words (`git -c alias.x=reset`), abbreviates a `--long` one (`--out` for `--output`), or is a
  # short-option cluster holding a `-x` one's letter (`-rno`, `-oFILE` for `-o`).
  __dag_pf_hinted() {
    builtin local v i
    # Called from __dag_hits: its IFS and `set -f` apply.
    for v in ${1//[=.:\/,;>]/ }; do
      [[ $2 == *[=,]"$v"[,\ ]* ]] && builtin return 0
      case $v in
        --?*) [[ $2 == *[=,]"$v"* ]] && builtin return 0 ;;
        -[!-]*)
          for ((i = 1; i < ${#v}; i++)); do
            [[ ${v:i:1} == [a-z0-9] && $2 == *[=,]"-${v:i:1}"[,\ ]* ]] && builtin return 0
          done ;;
      esac
    done
    builtin return 1
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
