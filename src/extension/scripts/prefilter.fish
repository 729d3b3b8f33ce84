# Destructive Action Gate: the in-shell prefilter for fish (sourced by the vendor_conf.d snippet).
# The same decision as prefilter.bash, with fish builtins only: a line it passes runs untouched
# and never starts a process. The names (and, for names such as git, the argument words without
# which no rule matches) come from DESTRUCTIVE_GATE_PREFILTER.
#
# fish 3 pays about 50 µs for each command substitution, 70 µs for each stage of a pipe and 100 µs
# to compile a regular expression of a few kilobytes, but little for a builtin over a whole list or
# for looking up a variable. So a line is read by a few regular expressions over the whole text,
# whose named groups set the function's variables (no command substitution), and names are looked
# up as variables (`__dag_n_rm`) through `$$`, all the line's words at once.

# Two lower-case values from the extension: DESTRUCTIVE_GATE_PREFILTER holds the flags
# (`@every-line`, `@redirect`) and the names that send a line to the engine;
# DESTRUCTIVE_GATE_PREFILTER_HINTS holds `name=word,word` for the few names (git, docker,
# kubectl) that matter only with one of those words on the line.
set -g __dag_pf_every 0
set -g __dag_pf_redirect 0
set -g __dag_pf_odd
set -g __dag_pf_other_re '^\b$'
set -g __dag_pf_variant_re '^\b$'
set -g __dag_hre
set -g __dag_hws
set -g __dag_defs
function __dag_pf_load
    set -l names (string split -n ' ' -- "$DESTRUCTIVE_GATE_PREFILTER")
    set -l hints (string split -n ' ' -- "$DESTRUCTIVE_GATE_PREFILTER_HINTS" | string match -r -- '^[^=]+=.+$')
    contains -- @every-line $names; and set __dag_pf_every 1
    contains -- @redirect $names; and set __dag_pf_redirect 1
    # Without a prefilter from the extension nothing tells harmless lines apart: check every line.
    test -z "$DESTRUCTIVE_GATE_PREFILTER"; and set __dag_pf_every 1
    set -l plain (string match -rv -- '^@' $names)
    # A name of word characters is a variable, __dag_n_NAME. `$$` reads `__dag_n_rm.x` as the
    # value of __dag_n_rm followed by `.x`: a word hits when it is a name, or its leading run of
    # word characters is one followed by `.` or `-`, which also covers rm.x, rm-x (variants) and
    # most names of other characters (aws-vault by aws).
    for n in (string match -r -- '^[a-z0-9_]+$' $plain)
        set -g __dag_n_$n 1
    end
    # Hinted names: the words of each are kept under every key a line can show it by: its own name
    # when it is of word characters, else the stems a variant is read by (docker-compose by
    # docker, whose words then include docker-compose's). A name with no such key is sent on
    # whenever it appears.
    set -l hinted
    set -l keys
    set -l keywords
    set -l others (string match -rv -- '^[a-z0-9_]+$' $plain)
    # (Declared here: a named group sets a global or universal variable of its name otherwise.)
    set -l n
    set -l ws
    for h in $hints
        string match -rq -- '^(?<n>[^=]+)=(?<ws>.*)$' $h
        set -a hinted $n
        set -l ks (string match -r -- '^[a-z0-9_]+$' $n)
        if not set -q ks[1]
            set ks (string replace -rf -- '^([^0-9./]+)[0-9.].*$' '$1' $n; string replace -rf -- '^([^-/]+)-.*$' '$1' $n)
            set ks (string match -r -- '^[a-z0-9_]+$' $ks)
        end
        set -q ks[1]; or set -a others $n
        for k in $ks
            set -l i (contains -i -- $k $keys)
            if test -z "$i"
                set -a keys $k
                set -a keywords $ws
            else
                set keywords[$i] "$keywords[$i],$ws"
            end
        end
    end
    set -l i 0
    for k in $keys
        set i (math $i + 1)
        set -g __dag_hi_$k $i
        set -l ws (string split , -- $keywords[$i])
        set -g __dag_hre[$i] '(?i)^(?:'(string join '|' -- (string escape --style=regex -- $ws))')$'
        # Its option words (sort's -o, --output), read also abbreviated or in a cluster.
        set -g __dag_hws[$i] "$(string join , -- (string match -- '-*' $ws))"
    end
    # Names of other characters that their leading word run does not cover (clear-disk: clear is
    # no name; c++: not followed by `.` or `-`): one expression, tried only when a word starts
    # with such a stem (__dag_s_clear). A name that starts with another character (`.`) is
    # compared as a word.
    set -l rx
    for n in $others
        set -l lead (string match -r -- '^[a-z0-9_]+' $n)
        if test -z "$lead"
            set -a __dag_pf_odd $n
        else if not set -q __dag_n_$lead; or not string match -qr -- '^[a-z0-9_]+[.-]' $n
            set -g __dag_s_$lead 1
            set -a rx (string escape --style=regex -- $n)
        end
    end
    set -l w '[^\s;&|()<>/]'
    set -l end '(?![^\s;&|()<>])'
    # As itself or as a variant (clear-disk2, django-admin.x).
    set -q rx[1]; and set __dag_pf_other_re "(?i)(?<![^\s;&|()<>/])(?:"(string join '|' -- $rx)")(?:[0-9.-]$w*)?$end"
    # A variant of a hinted name (git2, kubectl-1.30) is another program: sent on. Tried only
    # when a word's stem is a hinted key; docker-compose itself is no variant of docker.
    set -l hx (string escape --style=regex -- $hinted)
    set -l hd (string escape --style=regex -- (string match -r -- '.*[0-9.-].*' $hinted))
    set -q hd[1]; or set hd '^\b$'
    set -q hx[1]; and set __dag_pf_variant_re "(?i)(?<![^\s;&|()<>/])(?!(?:"(string join '|' -- $hd)")$end)(?:"(string join '|' -- $hx)")[0-9.-]$w*$end"
end
__dag_pf_load
functions -e __dag_pf_load
# What a line is read for, each into a variable by a named group (no command substitution):
# `>` targets; command words (after keywords and assignments); every word's last path part (`[`
# ends one too: `$$` would read `__dag_n_rm[x]` as an index and fail) with its variants
# (python3.12 -> python, mkfs-ext4 -> mkfs); tee's words (its files are read as `>` targets);
# the word parts hint words are compared with.
set -g __dag_pf_target_re '(?<!>)>(?!>)[|!]?\s*(?<tg>[^\s;&|()<>]+)'
set -g __dag_pf_command_re '(?:^|[;&|()\n]+)\s*(?:(?:if|else|end|while|for|in|begin|switch|case|function|and|or|not|!|time)\s+|(?>[^\s;&|()<>=]*=[^\s;&|()<>]*)\s*)*(?<cw>(?![^\s;&|()<>]*=)[^\s;&|()<>]+)'
set -g __dag_pf_name_re '(?<![^\s;&|()<>/[])(?=(?:(?<v1>[^\s;&|()<>/[0-9.]+)[0-9.])?)(?=(?:(?<v2>[^\s;&|()<>/[-]+)-)?)(?<nm>[^\s;&|()<>/[]+)(?![^\s;&|()<>[])'
set -g __dag_pf_tee_re '(?i)(?:(?<![^\s;&|()<>/])tee|(?!^)\G)[^\S\n]+(?<tw>[^\s;&|()<>]+)'
set -g __dag_pf_part_re '(?<parts>[^\s;&|()<>=.:/,]+)'

# A `>` target the overwrite rule could protect, or one the shell cannot know in advance.
function __dag_target --argument-names t
    switch $t
        case /dev/null /dev/stdout /dev/stderr /dev/tty '/dev/fd/*'
            return 1
        case '*..*' '*$*' '~*' '*\**' '*\?*' '*[*' '*{*' '*.git*'
            return 0
        case '/tmp/*'
            return 1
        case '/*'
            return 0
    end
    string match -qri '(\.(db|sqlite|sqlite3|mdb|pem|key)|^\.env.*)$' -- (string replace -r '.*/' '' -- $t)
end

# __dag_hits TEXT [DEPTH]: status 0 when TEXT may be gated. Adds the definitions of the user's
# functions it called (fish aliases are functions) to __dag_defs for the engine. (The names after
# DEPTH are the function's own variables, set by the expressions' named groups: a named group
# sets a global or universal variable of its name when the function has none.)
function __dag_hits --argument-names s depth tg cw nm v1 v2 tw parts
    test "$__dag_pf_every" = 1; and return 0
    test -n "$depth"; or set depth 0
    # Windows-style paths (`"C:\\...\\git.exe"`): judge the line once more with \ read as /.
    if test $depth = 0; and string match -qr -- '\\\\' $s; and __dag_hits (string replace -a '\\' / -- $s | string collect) 9
        return 0
    end
    # Backticks (bash's command substitution, in a line pasted from elsewhere): let the engine read it.
    string match -q -- '*`*' $s; and return 0
    # Quotes and backslashes dropped (`"rm" -rf`, `r\m`), the text kept as one string (the named
    # groups read only one) with its line breaks as `;`.
    if string match -qr -- '[\'"\\\\]' $s
        set s (string replace -ra -- '[\\\\\'"]' '' $s)
        set s ';'$s
        set s "$s"
    end
    # The gate's own state (system/disarm-gate-variables): assignments have no command word to
    # look up. (Reading `$BASH_ENV` or `${ZDOTDIR-}` does not count.)
    string match -qr -- '(?i)__dag_|destructive_gate_|(?<![${])(?:bash_env|zdotdir)' $s; and return 0
    # Names are lower case; the text is lowered only when it has upper case (a substitution).
    set -l ls $s
    if string match -qr -- '[A-Z]' $s
        set ls (string lower -- $s)
        set ls "$ls"
    end
    if test $__dag_pf_redirect = 1; and string match -qra -- $__dag_pf_target_re $s
        set -q tg[9]; and set tg (path sort -u -- $tg)
        for w in $tg
            __dag_target $w; and return 0
        end
    end
    # Command words: words the shell expands, scripts, and the user's functions (whose bodies the
    # engine must see even when their name is also a tool's). No `?` in any pattern: with fish's
    # qmark-noglob feature (a common setting) `?` matches only itself.
    string match -qra -- $__dag_pf_command_re $s
    # (A long paste names the same commands again and again: each is looked at once.)
    set -q cw[9]; and set cw (path sort -u -- $cw)
    for w in $cw
        switch $w
            case '*$*' '*\**' '*\?*' '*{*' '*[*' '*/*.sh' '*/*.bash' '*/*.zsh' '*/*.fish'
                return 0
        end
        # A function of the user's (or an alias) shadows the command of that name: what runs is
        # its body. fish's own functions (ls, cd wrap the command) are read by name.
        functions -q -- $w; or continue
        set -l from (functions --details -- $w)
        string match -q -- "$__fish_data_dir/*" $from; and continue
        test $depth -lt 4; or return 0
        set -l body (functions --no-details -- $w | string collect)
        if __dag_hits (string replace -r '^[^\n]*\n' '' -- $body | string collect) (math $depth + 1)
            set -g __dag_defs "$__dag_defs$body"\n
            return 0
        end
    end
    # tee's files, read as `>` targets.
    if test $__dag_pf_redirect = 1; and string match -qi -- '*tee*' $s; and string match -qra -- $__dag_pf_tee_re $s
        set -l files 0
        for w in $tw
            if test $files = 0
                switch $w
                    case --
                        set files 1
                        continue
                    case '-*'
                        continue
                end
            end
            __dag_target $w; and return 0
        end
    end
    # A gated name anywhere on the line, also as a variant: every word at once.
    string match -qra -- $__dag_pf_name_re $ls
    set -l k __dag_n_$nm __dag_n_$v1 __dag_n_$v2
    set -l hit $$k
    set -q hit[1]; and string match -qr -- '^1(?:$|[.-])' $hit; and return 0
    for n in $__dag_pf_odd
        contains -- $n $nm $v1 $v2; and return 0
    end
    set k __dag_s_$nm __dag_s_$v1 __dag_s_$v2
    set hit $$k
    set -q hit[1]; and string match -qr -- $__dag_pf_other_re $ls; and return 0
    set k __dag_hi_$v1 __dag_hi_$v2
    set -l hv $$k
    set -q hv[1]; and string match -qr -- $__dag_pf_variant_re $ls; and return 0
    # `git=push,reset,...`: gated only with one of those words on the line. (A key followed by
    # other characters reads as its value with them, `4-compose`: not that name; a universal
    # variable of that name from elsewhere may hold any number.)
    set k __dag_hi_$nm
    set -l found
    for i in $$k $hv
        string match -qr -- '^[0-9]+$' $i; and set -q __dag_hre[$i]; or continue
        set -q parts[1]; or string match -qra -- $__dag_pf_part_re $ls; or return 1
        string match -qr -- $__dag_hre[$i] $parts; and return 0
        test -n "$__dag_hws[$i]"; and set -a found $i
    end
    set -q found[1]; or return 1
    # Also an abbreviated `--long` word (`--out` for `--output`), and a short-option cluster
    # holding a `-x` word's letter (`-rno`, `-oFILE` for `-o`): only for names with option words,
    # such as sort.
    set -l hs (string split , -- $__dag_hws[$found])
    if string match -qr -- '^--.' $parts
        set -l longs (string match -r -- '^--.+$' $parts)
        string match -qr -- '^(?:'(string join '|' -- (string escape --style=regex -- $longs))')' $hs; and return 0
    end
    if string match -qr -- '^-[a-z0-9]$' $hs
        set -l letters (string match -r -- '^-[a-z0-9]$' $hs | string sub -s 2)
        string match -qr -- '^-[^-]*['(string join '' -- $letters)']' $parts; and return 0
    end
    return 1
end
