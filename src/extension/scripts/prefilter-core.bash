# Destructive Action Gate: the body of __dag_hits TEXT [DEPTH], the bash prefilter (see
# prefilter.bash, which defines the function from this file). Status 0 when TEXT may be gated;
# appends the definitions of the functions it called (and expands aliases) into __dag_defs /
# __dag_subst for the engine. Builtins only: a line it passes never starts a process.
builtin local s="$1" depth="${2:-0}" w b c=1 t=0 hs= __dag_k
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
s=${s//[;&|()]/ ; }
builtin set -f
ws=($s)
for w in "${ws[@]}"; do
  if [[ $w == ';' ]]; then c=1; t=0; builtin continue; fi
  if [[ $w == '>' ]]; then t=1; builtin continue; fi
  if (( t )); then
    t=0
    (( __dag_pf_redirect )) && __dag_pf_target "$w" && builtin return 0
    builtin continue
  fi
  if (( c )); then
    case $w in
      [A-Za-z_]*=*|if|then|else|elif|fi|do|done|while|until|case|esac|function|time|'!'|'{'|'}'|'[['|']]'|coproc) builtin continue ;;
      '[') c=0; builtin continue ;;
      *'$'*|*[*?[{]*|*/*.sh|*/*.bash|*/*.zsh|*/*.ksh) builtin return 0 ;;
    esac
    c=0
    # An alias or function shadows the command of that name: what runs is its body.
    if [[ -n ${BASH_ALIASES[$w]-} ]] || { [[ -n $__dag_pf_fnfile ]] && builtin declare -F -- "$w" >/dev/null 2>&1; }; then
      __dag_pf_shadow "$w" "$depth"
      case $? in 0) builtin return 0 ;; 1) builtin continue ;; esac
    fi
  fi
  b=${w##*/}
  b=${b,,}
  # Options and words with a character no name has (`-rf`, `$x`, `a=b`) are no names.
  case $b in ''|-*|*[!a-z0-9_.+:@-]*) builtin continue ;; esac
  __dag_k=${__dag_pf_memo[$b]-}
  [[ -n $__dag_k ]] || __dag_pf_kind "$b"
  [[ $__dag_k == . ]] && builtin return 0
  [[ $__dag_k == =* ]] && hs+="$__dag_k "
  # Variants (python3.12 -> python, mkfs.ext4 -> mkfs, git-foo -> git) exist only with a digit, dot or dash.
  [[ $b == *[0-9.-]* ]] && __dag_pf_variants "$b" "$__dag_k" && builtin return 0
done
# A hinted name's words count also as parts of a word (`-c alias.x=reset`).
[[ -n $hs ]] && __dag_pf_hinted "${s,,}" "$hs" && builtin return 0
builtin return 1
