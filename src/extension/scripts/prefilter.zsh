# Destructive Action Gate: the in-shell prefilter for zsh (sourced by gate.zsh and the ZDOTDIR
# .zshenv). The same decision as prefilter.bash, with zsh builtins only: a line it passes runs
# untouched and never starts a process. The names come from DESTRUCTIVE_GATE_PREFILTER.
# Every function runs under `emulate -L zsh`, so the user's options (ksh_arrays, sh_word_split,
# err_exit, ...) neither change its reading nor leak out of it.

if (( ! ${+__dag_pf_loaded} )); then
  typeset -g __dag_pf_loaded=1
  typeset -g __dag_pf_str=" ${(L)DESTRUCTIVE_GATE_PREFILTER-} "
  typeset -gi __dag_pf_every=0 __dag_pf_redirect=0
  [[ $__dag_pf_str == *' @every-line '* ]] && __dag_pf_every=1
  [[ $__dag_pf_str == *' @redirect '* ]] && __dag_pf_redirect=1
  # Without a prefilter from the extension nothing tells harmless lines apart: check every line.
  [[ -z ${DESTRUCTIVE_GATE_PREFILTER-} ]] && __dag_pf_every=1
  typeset -g __dag_defs=
  typeset -ga __dag_subst
  # zsh matches `*" name "*` against a long string slowly: interactive shells look names up in
  # hashes (plain names, and hinted names with their argument words). `zsh -c` checks one short
  # text once, for which building the hashes would cost more than the patterns.
  typeset -gA __dag_pf_set __dag_pf_hint
  typeset -gi __dag_pf_hashed=0
  [[ -o interactive && -z ${ZSH_EXECUTION_STRING-} ]] && __dag_pf_hashed=1 && () {
    # Built with array expansions, not a loop: `zsh -c` pays for this at every start.
    local -a all=(${=__dag_pf_str}) one=(1) plain hinted words
    plain=(${all:#*=*})
    hinted=(${(M)all:#*=*})
    words=(${hinted#*=})
    hinted=(${hinted%%=*})
    __dag_pf_set=(${plain:^^one})
    __dag_pf_hint=(${hinted:^words})
  }

  # A `>` target the overwrite rule could protect, or one the shell cannot know in advance.
  __dag_target() {
    emulate -L zsh
    case $1 in
      (/dev/null|/dev/stdout|/dev/stderr|/dev/tty|/dev/fd/*) return 1 ;;
      (*..*|*'$'*|'~'*|*[*?\[{]*|*.git*) return 0 ;;
      (/tmp/*) return 1 ;;
      (/*) return 0 ;;
    esac
    case ${(L)1:t} in
      (*.db|*.sqlite|*.sqlite3|*.mdb|*.pem|*.key|.env*) return 0 ;;
    esac
    return 1
  }

  # __dag_hits TEXT [DEPTH]: status 0 when TEXT may be gated. Appends the definitions of the
  # functions it called (and expands aliases) into __dag_defs / __dag_subst for the engine.
  __dag_hits() {
    emulate -L zsh
    local s=$1 w b v hs=
    integer depth=${2:-0} c=1 t=0
    local -a ws
    (( __dag_pf_every )) && return 0
    # Windows-style paths (`"C:\\...\\git.exe"`): judge the line once more with \\ read as /.
    if [[ $s == *\\* && $depth == 0 ]] && __dag_hits "${s//\\//}" 9; then return 0; fi
    s=${s//[\\\'\"]/}
    s=${s//>>/ }
    s=${s//>\|/ > }
    s=${s//>/ > }
    s=${s//</ }
    s=${s//\`/ \$ ; }
    s=${s//[;&|()$'\n']/ ; }
    ws=(${=s})
    for w in $ws; do
      if [[ $w == ';' ]]; then c=1; t=0; continue; fi
      if [[ $w == '>' ]]; then t=1; continue; fi
      if (( t )); then
        t=0
        if (( __dag_pf_redirect )) && __dag_target "$w"; then return 0; fi
        continue
      fi
      if (( c )); then
        case $w in
          ([A-Za-z_]*=*|if|then|else|elif|fi|do|done|while|until|case|esac|function|time|'!'|'{'|'}'|'[['|']]'|coproc|repeat|foreach|select|noglob|nocorrect|-) continue ;;
          ('[') c=0; continue ;;
          (*'$'*|*[*?\[{]*) return 0 ;;
          (*/*.sh|*/*.bash|*/*.zsh|*/*.ksh) return 0 ;;
        esac
        c=0
        # An alias or function shadows the command of that name: what runs is its body.
        if (( depth < 4 )) && (( ${+aliases[$w]} )); then
          v=${aliases[$w]}
          if __dag_hits "$v" $((depth + 1)); then
            __dag_subst+=("$w" "$v")
            return 0
          fi
          continue
        fi
        if (( ${+functions[$w]} )); then
          (( depth < 4 )) || return 0
          v=${functions[$w]}
          if __dag_hits "$v" $((depth + 1)); then
            __dag_defs+="$w () {"$'\n'"$v"$'\n'"}"$'\n'
            return 0
          fi
          continue
        fi
      fi
      b=${(L)w:t}
      [[ -n $b ]] || continue
      if (( ! __dag_pf_hashed )); then
        if [[ $__dag_pf_str == *" $b"[\ =]* ]]; then
          [[ $__dag_pf_str == *" $b "* ]] && return 0
          v=${__dag_pf_str#*" $b="}
          hs+=",${v%% *},"
          # A hinted name itself (docker-compose): only plain names count among its variants.
          if [[ $b == ?*[0-9.-]* ]]; then
            v=${b%%[0-9.]*}
            [[ -n $v && $__dag_pf_str == *" $v "* ]] && return 0
            v=${b%%-*}
            [[ -n $v && $__dag_pf_str == *" $v "* ]] && return 0
          fi
          continue
        fi
        if [[ $b == ?*[0-9.-]* ]]; then
          v=${b%%[0-9.]*}
          [[ -n $v && $v != $b && $__dag_pf_str == *" $v"[\ =]* ]] && return 0
          v=${b%%-*}
          [[ -n $v && $v != $b && $__dag_pf_str == *" $v"[\ =]* ]] && return 0
        fi
        continue
      fi
      if (( ${+__dag_pf_set[$b]} )); then return 0; fi
      v=${b%%[0-9.]*}
      if [[ -n $v ]] && (( ${+__dag_pf_set[$v]} )); then return 0; fi
      v=${b%%-*}
      if [[ -n $v ]] && (( ${+__dag_pf_set[$v]} )); then return 0; fi
      # `git=push,reset,...`: gated only with one of those words on the line (a variant such as
      # git2 or git-foo is not read with the hints).
      if (( ${+__dag_pf_hint[$b]} )); then
        hs+=",${__dag_pf_hint[$b]},"
      else
        v=${b%%[0-9.]*}
        if [[ -n $v ]] && (( ${+__dag_pf_hint[$v]} )); then return 0; fi
        v=${b%%-*}
        if [[ -n $v ]] && (( ${+__dag_pf_hint[$v]} )); then return 0; fi
      fi
    done
    if [[ -n $hs ]]; then
      for w in $ws; do
        for v in ${=${${(L)w}//[=.:\/,]/ }}; do
          [[ $hs == *",$v,"* ]] && return 0
        done
      done
    fi
    return 1
  }
fi
