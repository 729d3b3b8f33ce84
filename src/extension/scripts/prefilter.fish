# Destructive Action Gate: the in-shell prefilter for fish (sourced by the vendor_conf.d snippet).
# The same decision as prefilter.bash, with fish builtins only: a line it passes runs untouched
# and never starts a process. The names (and, for names such as git, the argument words without
# which no rule matches) come from DESTRUCTIVE_GATE_PREFILTER. fish pays per builtin call rather
# than per word, so names are matched for all words of a line at once with one regular expression.

# Two lower-case values from the extension: DESTRUCTIVE_GATE_PREFILTER holds the flags
# (`@every-line`, `@redirect`) and the names that send a line to the engine;
# DESTRUCTIVE_GATE_PREFILTER_HINTS holds `name=word,word` for the few names (git, docker,
# kubectl) that matter only with one of those words on the line.
set -g __dag_pf_names (string split -n ' ' -- "$DESTRUCTIVE_GATE_PREFILTER")
set -g __dag_pf_hints (string split -n ' ' -- "$DESTRUCTIVE_GATE_PREFILTER_HINTS" | string match -r -- '^[^=]+=.+$')
set -g __dag_pf_every 0
set -g __dag_pf_redirect 0
contains -- @every-line $__dag_pf_names; and set __dag_pf_every 1
contains -- @redirect $__dag_pf_names; and set __dag_pf_redirect 1
# Without a prefilter from the extension nothing tells harmless lines apart: check every line.
test -z "$DESTRUCTIVE_GATE_PREFILTER"; and set __dag_pf_every 1
set -l __dag_plain (string match -rv -- '^@' $__dag_pf_names)
set -l __dag_hinted (string replace -r -- '=.*' '' $__dag_pf_hints)
# Whole words, in any case, after any folder (/usr/bin/rm, RM): matched against the words as
# they are, with no lower-casing or folder-stripping pass per line.
set -g __dag_pf_plain_re '(?i)^(?:.*/)?(?:'(string join '|' -- (string escape --style=regex -- $__dag_plain))')$'
set -g __dag_pf_hinted_re '(?i)^(?:.*/)?(?:'(string join '|' -- (string escape --style=regex -- $__dag_hinted))')$'
set -q __dag_plain[1]; or set __dag_pf_plain_re '^\b$'
set -q __dag_hinted[1]; or set __dag_pf_hinted_re '^\b$'
set -g __dag_defs

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
# functions it called (fish aliases are functions) to __dag_defs for the engine.
function __dag_hits --argument-names s depth
    test "$__dag_pf_every" = 1; and return 0
    test -n "$depth"; or set depth 0
    # Windows-style paths (`"C:\\...\\git.exe"`): judge the line once more with \ read as /.
    if test $depth = 0; and string match -qr -- '\\\\' $s; and __dag_hits (string replace -a '\\' / -- $s | string collect) 9
        return 0
    end
    # Backticks (bash's command substitution, in a line pasted from elsewhere): let the engine read it.
    string match -q -- '*`*' $s; and return 0
    # The text as tokens, in as few builtin calls as fish allows (each stage of a pipe costs tens of
    # microseconds): quotes dropped, then words, redirections and runs of separators; an empty token
    # ends each line.
    set -l ws (string replace -ra '[\\\\\'"]' '' -- $s | string match -ra -- '[0-9&]?>>|<<?|[0-9&]?>[|!]?|[;&|()]+|$|[^\s;&|()<>]+')
    # The gate's own state (system/disarm-gate-variables): assignments have no command word to look up.
    # (Reading `$BASH_ENV` or `${ZDOTDIR-}` does not count.)
    string match -qr -- '(?i)__dag_|destructive_gate_|(?<![${])(?:bash_env|zdotdir)' $ws; and return 0
    # Command words first: keywords, words the shell expands, scripts, and the user's functions
    # (whose bodies the engine must see even when their name is also a tool's).
    # Per word, one `switch` on the word's shape (separators and redirections change the state) and
    # one on the state "<after a redirect><in tee's files: 1, after its --: 2><at a command word>"
    # (a command word comes with no tee state): tee's files are read as `>` targets. No `?` in any
    # pattern: with fish's qmark-noglob feature (a common setting) `?` matches only itself.
    set -l c 1
    set -l t 0
    set -l e 0
    # Whether a tee may be on the line at all (one match per line rather than one per command word).
    set -l tee 0
    string match -qi -- '*tee*' $s; and set tee 1
    for w in $ws
        # Words hold none of these characters: a separator run (or a line's end) ends a command,
        # `>` (`2>`, `&>`, `>|`) marks a target, `>>`, `<` and `<<` are neither.
        switch $w
            case '*>>' '*<*'
                continue
            case '*>*'
                set t 1
                continue
            case '' '*;*' '*&*' '*|*' '*(*' '*)*'
                set c 1
                set t 0
                set e 0
                continue
        end
        switch "$t$e$c"
            case 100 101 110 120
                set t 0
                test $__dag_pf_redirect = 1; and __dag_target $w; and return 0
            case 010
                switch $w
                    case --
                        set e 2
                        continue
                    case '-*'
                        continue
                end
                test $__dag_pf_redirect = 1; and __dag_target $w; and return 0
            case 020
                test $__dag_pf_redirect = 1; and __dag_target $w; and return 0
            case 001
                switch $w
                    case if else end while for in begin switch case function and or not '!' time '*=*'
                        continue
                    case '*$*' '*\**' '*\?*' '*{*' '*[*'
                        return 0
                    case '*/*.sh' '*/*.bash' '*/*.zsh' '*/*.fish'
                        return 0
                end
                set c 0
                test $tee = 1; and string match -qri -- '^(?:.*/)?tee$' $w; and set e 1
                # A function of the user's (or an alias) shadows the command of that name: what
                # runs is its body. fish's own functions (ls, ll wrap `command ls`) are read by name.
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
    end
    # A gated name anywhere on the line, also as a variant (python3.12 -> python, mkfs-ext4 ->
    # mkfs); a variant of a hinted name (git2, git-foo) is not read with the hints. In as few
    # command substitutions as possible: each costs more here than a builtin's work.
    # (A status-only match first: a command substitution costs several times more.)
    set -l hn
    set -l nb $ws
    if string match -qr -- $__dag_pf_hinted_re $ws
        set hn (string match -r -- $__dag_pf_hinted_re $ws)
        set nb (string match -rv -- $__dag_pf_hinted_re $ws)
    end
    set -l vs
    if string match -qr -- '^(?:.*/)?[^0-9./-]+[0-9.-]' $nb
        set vs (string replace -rf -- '^(?:.*/)?([^0-9./]+)[0-9.][^/]*$' '$1' $nb; string replace -rf -- '^(?:.*/)?([^-/]+)-[^/]*$' '$1' $nb)
    end
    string match -qr -- $__dag_pf_plain_re $ws $vs; and return 0
    set -q vs[1]; and string match -qr -- $__dag_pf_hinted_re $vs; and return 0
    # `git=push,reset,...`: gated only with one of those words on the line.
    if set -q hn[1]
        set hn (string replace -r -- '.*/' '' $hn | string lower)
        set -l hs (string match -r -- '^(?:'(string join '|' -- (string escape --style=regex -- $hn))')=(.*)$' $__dag_pf_hints | string match -rv -- '=' | string split ,)
        set -l parts (string lower -- $ws | string replace -ra '[=.:/,]' ' ' | string split -n ' ')
        set -q hs[1] parts[1]; or return 1
        string match -qr -- '^(?:'(string join '|' -- (string escape --style=regex -- $hs))')$' $parts; and return 0
        # Also an abbreviated `--long` word (`--out` for `--output`), and a short-option cluster
        # holding a `-x` word's letter (`-rno`, `-oFILE` for `-o`).
        # (Only for names with option words, such as sort: git's, docker's and kubectl's are not.
        # Status-only matches first: a command substitution costs several times more.)
        if string match -q -- '-*' $hs
            if string match -qr -- '^--.' $parts
                set -l longs (string match -r -- '^--.+$' $parts)
                string match -qr -- '^(?:'(string join '|' -- (string escape --style=regex -- $longs))')' $hs; and return 0
            end
            if string match -qr -- '^-[a-z0-9]$' $hs
                set -l letters (string match -r -- '^-[a-z0-9]$' $hs | string sub -s 2)
                string match -qr -- '^-[^-]*['(string join '' -- $letters)']' $parts; and return 0
            end
        end
    end
    return 1
end
