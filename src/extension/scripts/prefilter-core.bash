# Destructive Action Gate: the body of __dag_hits TEXT [DEPTH], the bash prefilter (see
# prefilter.bash, which defines the function from this file). Status 0 when TEXT may be gated;
# appends the definitions of the functions it called (and expands aliases) into __dag_defs /
# __dag_subst for the engine. Builtins only: a line it passes never starts a process.
builtin local s="$1" depth="${2:-0}" w b c=1 t=0 tee=0 body v v1 v2 hs= __dag_k
builtin local -a ws
builtin local IFS=$' \t\n\r'
builtin local -
(( __dag_pf_every )) && builtin return 0
# Windows-style paths (`"C:\\...\\git.exe"`): judge the line once more with \\ read as /.
if [[ $s == *\\* && $depth == 0 ]] && __dag_hits "${s//\\//}" 9; then builtin return 0; fi
s=${s//[\\\'\"]/}
# The gate's own state (system/disarm-gate-variables): assignments have no command word to look up.
# (Reading `$BASH_ENV` or `${ZDOTDIR-}` does not count.)
case ${s,,} in *__dag_*|*destructive_gate_*|bash_env*|*[!\$\{]bash_env*|zdotdir*|*[!\$\{]zdotdir*) builtin return 0 ;; esac
s=${s//>>/ }
s=${s//>|/ > }
s=${s//>/ > }
s=${s//</ }
s=${s//\`/ \$ ; }
# A line break ends a command too (a multi-line paste, a continued line): the next word is a command word.
s=${s//[;&|()$'\n'$'\r']/ ; }
builtin set -f
ws=($s)
for w in "${ws[@]}"; do
  if [[ $w == ';' ]]; then c=1; t=0; tee=0; builtin continue; fi
  if [[ $w == '>' ]]; then t=1; builtin continue; fi
  # tee's files are read as `>` targets (its options skipped; after `--` every word is a file).
  if (( tee == 1 )) && [[ $w == -* ]]; then
    [[ $w == -- ]] && tee=2
    builtin continue
  fi
  if (( t || tee )); then
    t=0
    (( __dag_pf_redirect )) || builtin continue
    # A `>` target the overwrite rule could protect, or one the shell cannot know in advance.
    case $w in
      /dev/null|/dev/stdout|/dev/stderr|/dev/tty|/dev/fd/*) builtin continue ;;
      *..*|*'$'*|'~'*|*[*?[{]*|*.git*) builtin return 0 ;;
      /tmp/*) builtin continue ;;
      /*) builtin return 0 ;;
    esac
    case ${w##*/} in
      *.db|*.sqlite|*.sqlite3|*.mdb|*.pem|*.key|.env*|*.DB|*.SQLITE|*.SQLITE3|*.MDB|*.PEM|*.KEY|.ENV*) builtin return 0 ;;
    esac
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
    [[ ${w##*/} == [Tt][Ee][Ee] ]] && tee=1
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
  # Options and words with a character no name has (`-rf`, `$x`, `a=b`) are no names.
  case $b in ''|-*|*[!a-z0-9_.+:@-]*) builtin continue ;; esac
  # A name (` rm `), or a hinted name (` git=push,reset,...`: gated only with one of those
  # words on the line); a hinted name itself (docker-compose) counts only plain names among
  # its variants (python3.12 -> python, mkfs.ext4 -> mkfs, git-foo -> git).
  v1=${b%%[0-9.]*}
  v2=${b%%-*}
  [[ $v1 != "$b" ]] || v1=
  [[ $v2 != "$b" && $v2 != "$v1" ]] || v2=
  __dag_pf_kind "$b"
  [[ $__dag_k == . ]] && builtin return 0
  if [[ $__dag_k == =* ]]; then
    hs+="$__dag_k "
    [[ -n $v1 ]] && __dag_pf_kind "$v1" && [[ $__dag_k == . ]] && builtin return 0
    [[ -n $v2 ]] && __dag_pf_kind "$v2" && [[ $__dag_k == . ]] && builtin return 0
    builtin continue
  fi
  [[ -n $v1 ]] && __dag_pf_kind "$v1" && [[ $__dag_k != - ]] && builtin return 0
  [[ -n $v2 ]] && __dag_pf_kind "$v2" && [[ $__dag_k != - ]] && builtin return 0
done
# A hinted name's words count also as parts of a word (`-c alias.x=reset`), a `--long` one also
# abbreviated (`--out` for `--output`), a `-x` one also in a cluster of short options or with its
# value attached (`-rno`, `-oFILE` for `-o`).
if [[ -n $hs ]]; then
  s=${s,,}
  for v in ${s//[=.:\/,;>]/ }; do
    [[ $hs == *[=,]"$v"[,\ ]* ]] && builtin return 0
    case $v in
      --?*) [[ $hs == *[=,]"$v"* ]] && builtin return 0 ;;
      -[!-]*)
        for ((t = 1; t < ${#v}; t++)); do
          [[ ${v:t:1} == [a-z0-9] && $hs == *[=,]"-${v:t:1}"[,\ ]* ]] && builtin return 0
        done ;;
    esac
  done
fi
builtin return 1
