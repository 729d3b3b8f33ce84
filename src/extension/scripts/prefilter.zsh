# Destructive Action Gate: the in-shell prefilter for zsh (sourced by gate.zsh and the ZDOTDIR
# .zshenv). The same decision as prefilter.bash, with zsh builtins only: a line it passes runs
# untouched and never starts a process. The names come from DESTRUCTIVE_GATE_PREFILTER.
# Every function runs under `emulate -L zsh`, so the user's options (ksh_arrays, sh_word_split,
# err_exit, ...) neither change its reading nor leak out of it.

if (( ! ${+__dag_pf_loaded} )); then
  typeset -g __dag_pf_loaded=1
  # Two lower-case values from the extension: DESTRUCTIVE_GATE_PREFILTER holds the flags first
  # (`@every-line`, then `@redirect`: read with anchored matches) and the names that send a line
  # to the engine; DESTRUCTIVE_GATE_PREFILTER_HINTS holds `name=word,word` for the few names
  # (git, docker, kubectl) that matter only with one of those words on the line.
  typeset -g __dag_pf_str=" ${DESTRUCTIVE_GATE_PREFILTER-} " __dag_pf_hints=" ${DESTRUCTIVE_GATE_PREFILTER_HINTS-} "
  typeset -gi __dag_pf_every=0 __dag_pf_redirect=0
  [[ $__dag_pf_str == ' @every-line '* ]] && __dag_pf_every=1
  [[ $__dag_pf_str == (' @redirect '|' @every-line @redirect ')* ]] && __dag_pf_redirect=1
  # Without a prefilter from the extension nothing tells harmless lines apart: check every line.
  [[ -z ${DESTRUCTIVE_GATE_PREFILTER-} ]] && __dag_pf_every=1
  typeset -g __dag_defs=
  typeset -ga __dag_subst
  # zsh matches a pattern against a long string slowly (tens of microseconds): an interactive
  # shell (the caller sets __dag_pf_hash=1) files the names and the hinted names by their first
  # character once, so a word is matched against the few that start like it. Not a table keyed by
  # the names: zsh 5.9 keeps ~140 bytes for every distinct key it is asked for that an associative
  # array does not hold, never freed, so looking the line's words up in one grew the shell with
  # every new word and made each of its forks cost more (docs/terminal.md). Here every character a
  # looked-up word can start with is a key from the start. `zsh -c` checks one text once: all its
  # words in one match against the names, cheaper than filing them.
  typeset -gA __dag_pf_nb __dag_pf_hb
  typeset -gi __dag_pf_hashed=0
  [[ ${__dag_pf_hash-} == 1 ]] && __dag_pf_hashed=1 && () {
    emulate -L zsh
    local w
    for w in {a..z} {0..9} _ . + : @ -; do __dag_pf_nb[k$w]=' ' __dag_pf_hb[k$w]=' '; done
    for w in ${=__dag_pf_str}; do __dag_pf_nb[k${w[1]}]+="$w "; done
    for w in ${(M)${=__dag_pf_hints}:#?*=?*}; do __dag_pf_hb[k${w[1]}]+="$w "; done
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
    local s=$1 w b v v1 v2 hs=
    integer depth=${2:-0} c=1 t=0 n tee=0
    local -a ws keys
    (( __dag_pf_every )) && return 0
    # Windows-style paths (`"C:\\...\\git.exe"`): judge the line once more with \\ read as /.
    if [[ $s == *\\* && $depth == 0 ]] && __dag_hits "${s//\\//}" 9; then return 0; fi
    s=${s//[\\\'\"]/}
    # The gate's own state (system/disarm-gate-variables): assignments have no command word to look up.
    # (Reading `$BASH_ENV` or `${ZDOTDIR-}` does not count.)
    [[ ${(L)s} == (*(__dag_|destructive_gate_)*|(|*[^\$\{])(bash_env|zdotdir)*) ]] && return 0
    s=${s//>>/ }
    s=${s//>\|/ > }
    s=${s//>/ > }
    s=${s//</ }
    s=${s//\`/ \$ ; }
    s=${s//[;&|()$'\n']/ ; }
    ws=(${=s})
    for w in $ws; do
      if [[ $w == ';' ]]; then c=1; t=0; tee=0; continue; fi
      if [[ $w == '>' ]]; then t=1; continue; fi
      # tee's files are read as `>` targets (its options skipped; after `--` every word is a file).
      if (( tee == 1 )) && [[ $w == -* ]]; then
        [[ $w == -- ]] && tee=2
        continue
      fi
      if (( t || tee )); then
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
        [[ ${(L)w:t} == tee ]] && tee=1
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
      # Options and words with a character no name has (`-rf`, `$x`, `a=b`) are no names.
      [[ -n $b && $b != -* && $b != *[^a-z0-9_.+:@-]* ]] || continue
      # Variants (python3.12 -> python, mkfs.ext4 -> mkfs, git-foo -> git).
      v1=${b%%[0-9.]*}
      v2=${b%%-*}
      [[ $v1 != $b ]] || v1=
      [[ $v2 != $b && $v2 != $v1 ]] || v2=
      if (( __dag_pf_hashed )); then
        # b passed the test above, so its first character is a key of both tables; its variants
        # are its prefixes and are filed under the same one.
        v=${__dag_pf_nb[k${b[1]}]}
        [[ $v == *" $b "* || ( -n $v1 && $v == *" $v1 "* ) || ( -n $v2 && $v == *" $v2 "* ) ]] && return 0
        # `git=push,reset,...`: gated only with one of those words on the line (a variant such
        # as git2 or git-foo is not read with the hints).
        v=${__dag_pf_hb[k${b[1]}]}
        if [[ $v == *" $b="* ]]; then
          for v in ${=v}; do [[ $v == "$b="* ]] && break; done
          hs+="=${v#*=} "
        else
          [[ ( -n $v1 && $v == *" $v1="* ) || ( -n $v2 && $v == *" $v2="* ) ]] && return 0
        fi
      else
        keys+=($b $v1 $v2)
        # Which words go with which hinted name is read only in the hash: here any hinted name's
        # words count.
        if [[ $__dag_pf_hints == *" $b="* ]]; then
          hs=$__dag_pf_hints
        else
          [[ -n $v1 && $__dag_pf_hints == *" $v1="* ]] && return 0
          [[ -n $v2 && $__dag_pf_hints == *" $v2="* ]] && return 0
        fi
      fi
    done
    # All the words at once against the names: one match.
    if (( $#keys )); then
      v="(${(j:|:)${(@b)${(@u)keys}}})"
      [[ $__dag_pf_str == *" "${~v}" "* ]] && return 0
    fi
    # A hinted name's words count also as parts of a word (`-c alias.x=reset`).
    # Also an abbreviated `--long` word (`--out` for `--output`), and a short-option cluster holding
    # a `-x` word's letter (`-rno`, `-oFILE` for `-o`).
    if [[ -n $hs ]]; then
      for v in ${=${(L)s}//[=.:\/,;>]/ }; do
        [[ $hs == *[=,]"$v"[,\ ]* ]] && return 0
        case $v in
          (--?*) [[ $hs == *[=,]"$v"* ]] && return 0 ;;
          (-[^-]*)
            for (( n = 2; n <= $#v; n++ )); do
              [[ ${v[n]} == [a-z0-9] && $hs == *[=,]"-${v[n]}"[,\ ]* ]] && return 0
            done ;;
        esac
      done
    fi
    return 1
  }
fi
