# Destructive Action Gate: the in-shell prefilter for bash (sourced by gate.bash and gate-env.bash).
# Decides, with builtins only, whether a line could be gated; lines it passes run untouched and
# never start a process. The names (and, for names such as git, the argument words without
# which no rule matches) come from the rule registry through DESTRUCTIVE_GATE_PREFILTER.
# Safe under `set -euo pipefail`: every expansion has a default and every test sits in a condition.

if [[ -z ${__dag_pf_loaded-} ]]; then
  __dag_pf_loaded=1
  # Names are looked up in one space-delimited, case-folded string: nothing to build at start-up,
  # which keeps `bash -c` starts cheap.
  __dag_pf_str=" ${DESTRUCTIVE_GATE_PREFILTER-} "
  __dag_pf_str=${__dag_pf_str,,}
  __dag_pf_every=0
  __dag_pf_redirect=0
  __dag_pf_fnfile=
  [[ $__dag_pf_str == *' @every-line '* ]] && __dag_pf_every=1
  [[ $__dag_pf_str == *' @redirect '* ]] && __dag_pf_redirect=1
  # Without a prefilter from the extension nothing tells harmless lines apart: check every line.
  [[ -z ${DESTRUCTIVE_GATE_PREFILTER-} ]] && __dag_pf_every=1

  # A `>` target the overwrite rule could protect, or one the shell cannot know in advance.
  __dag_target() {
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

  # __dag_hits TEXT [DEPTH]: status 0 when TEXT may be gated. Appends the definitions of the
  # functions it called (and expands aliases) into __dag_defs / __dag_subst for the engine.
  __dag_hits() {
    builtin local s="$1" depth="${2:-0}" w b c=1 t=0 body v hs=
    builtin local -a ws
    builtin local IFS=$' \t\n\r'
    builtin local -
    (( __dag_pf_every )) && builtin return 0
    # Windows-style paths (`"C:\\...\\git.exe"`): judge the line once more with \\ read as /.
    if [[ $s == *\\* && $depth == 0 ]] && __dag_hits "${s//\\//}" 9; then builtin return 0; fi
    s=${s//[\\\'\"]/}
    s=${s//>>/ }
    s=${s//>|/ > }
    s=${s//>/ > }
    s=${s//</ }
    s=${s//\`/ \$ ; }
    s=${s//[;&|()]/ ; }
    builtin set -f
    ws=($s)
    for w in "${ws[@]}"; do
      if [[ $w == ';' ]]; then c=1; t=0; builtin continue; fi
      if [[ $w == '>' ]]; then t=1; builtin continue; fi
      if (( t )); then
        t=0
        if (( __dag_pf_redirect )) && __dag_target "$w"; then builtin return 0; fi
        builtin continue
      fi
      if (( c )); then
        case $w in
          [A-Za-z_]*=*|if|then|else|elif|fi|do|done|while|until|case|esac|function|time|'!'|'{'|'}'|'[['|']]'|coproc) builtin continue ;;
          '[') c=0; builtin continue ;;
          *'$'*|*[*?[{]*) builtin return 0 ;;
          */*.sh|*/*.bash|*/*.zsh|*/*.ksh) builtin return 0 ;;
        esac
        c=0
        # An alias or function shadows the command of that name: what runs is its body.
        if (( depth < 4 )) && [[ -n ${BASH_ALIASES[$w]-} ]]; then
          v=${BASH_ALIASES[$w]}
          if __dag_hits "$v" $((depth + 1)); then
            __dag_subst+=("$w" "$v")
            builtin return 0
          fi
          builtin continue
        fi
        if [[ -n $__dag_pf_fnfile ]] && builtin declare -F -- "$w" >/dev/null 2>&1; then
          (( depth < 4 )) || builtin return 0
          builtin declare -f -- "$w" >"$__dag_pf_fnfile" 2>/dev/null || builtin return 0
          body=
          IFS= builtin read -r -d '' body <"$__dag_pf_fnfile" || :
          if __dag_hits "${body#*$'\n'}" $((depth + 1)); then
            __dag_defs+=$body$'\n'
            builtin return 0
          fi
          builtin continue
        fi
      fi
      b=${w##*/}
      b=${b,,}
      [[ -n $b ]] || builtin continue
      # One pattern per ordinary word: a name, plain (` rm `) or with argument words
      # (` git=push,reset,... `: gated only with one of those words on the line).
      if [[ $__dag_pf_str == *" $b"[\ =]* ]]; then
        [[ $__dag_pf_str == *" $b "* ]] && builtin return 0
        v=${__dag_pf_str#*" $b="}
        hs+=",${v%% *},"
        # A hinted name itself (docker-compose): only plain names count among its variants.
        if [[ $b == ?*[0-9.-]* ]]; then
          v=${b%%[0-9.]*}
          [[ -n $v && $__dag_pf_str == *" $v "* ]] && builtin return 0
          v=${b%%-*}
          [[ -n $v && $__dag_pf_str == *" $v "* ]] && builtin return 0
        fi
        builtin continue
      fi
      # Variants (python3.12, mkfs.ext4, git2, git-foo) of any name, hinted ones read without hints.
      if [[ $b == ?*[0-9.-]* ]]; then
        v=${b%%[0-9.]*}
        [[ -n $v && $__dag_pf_str == *" $v"[\ =]* ]] && builtin return 0
        v=${b%%-*}
        [[ -n $v && $__dag_pf_str == *" $v"[\ =]* ]] && builtin return 0
      fi
    done
    if [[ -n $hs ]]; then
      for w in "${ws[@]}"; do
        w=${w,,}
        for v in ${w//[=.:\/,]/ }; do
          [[ $hs == *",$v,"* ]] && builtin return 0
        done
      done
    fi
    builtin return 1
  }
fi
