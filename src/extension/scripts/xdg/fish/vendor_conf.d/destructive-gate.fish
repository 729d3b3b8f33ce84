# Destructive Action Gate: checks each line typed or sent into an interactive fish before it runs.
# Loaded as a vendor configuration snippet (the extension prepends this folder's parent to
# XDG_DATA_DIRS), so the user's config.fish, conf.d and the editor's own fish integration all
# load as before. Enter (\r, \n) runs __dag_enter: the whole buffer (multi-line input included)
# is judged before `commandline -f execute`. Harmless lines cost a few builtins; only lines the
# prefilter cannot clear go to the bridge (dist/cli.js shell-check).

status is-interactive; or return 0
set -q __dag_on; and return 0
set -g __dag_on 1

set -g __dag_pf_names (string split -n ' ' -- (string lower -- "$DESTRUCTIVE_GATE_PREFILTER"))
set -g __dag_pf_every 0
set -g __dag_pf_redirect 0
contains -- @every-line $__dag_pf_names; and set __dag_pf_every 1
contains -- @redirect $__dag_pf_names; and set __dag_pf_redirect 1
# Without a prefilter from the extension nothing tells harmless lines apart: check every line.
test -z "$DESTRUCTIVE_GATE_PREFILTER"; and set __dag_pf_every 1
set -g __dag_defs
set -g __dag_msg
set -g __dag_line

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
    if test $depth = 0; and string match -q '*\\\\*' -- $s; and __dag_hits (string replace -a '\\' / -- $s | string collect) 9
        return 0
    end
    set s (string replace -ra '[\\\\\'"]' '' -- $s | string collect)
    set s (string replace -a '>>' ' ' -- $s | string collect)
    set s (string replace -ra '[&0-9]?>[|!]?' ' > ' -- $s | string collect)
    set s (string replace -ra '<' ' ' -- $s | string collect)
    set s (string replace -ra '[;&|()\n]' ' ; ' -- $s | string collect)
    set -l c 1
    set -l t 0
    for w in (string split -n ' ' -- (string replace -ra '\s+' ' ' -- $s))
        if test "$w" = ';'
            set c 1; set t 0; continue
        end
        if test "$w" = '>'
            set t 1; continue
        end
        if test $t = 1
            set t 0
            test $__dag_pf_redirect = 1; and __dag_target $w; and return 0
            continue
        end
        if test $c = 1
            switch $w
                case if else end while for in begin switch case function and or not '!' time '[A-Za-z_]*=*'
                    continue
                case '*$*' '*\**' '*\?*' '*{*'
                    return 0
                case '*/*.sh' '*/*.bash' '*/*.zsh' '*/*.fish'
                    return 0
            end
            set c 0
            # A function of the user's (or an alias) shadows the command of that name: what
            # runs is its body. fish's own functions (ls, ll wrap `command ls`) are read by name.
            if functions -q -- $w
                set -l from (functions --details -- $w)
                if not string match -q -- "$__fish_data_dir/*" $from
                    test $depth -lt 4; or return 0
                    set -l body (functions --no-details -- $w | string collect)
                    if __dag_hits (string replace -r '^[^\n]*\n' '' -- $body | string collect) (math $depth + 1)
                        set -g __dag_defs "$__dag_defs$body"\n
                        return 0
                    end
                    continue
                end
            end
        end
        set -l b (string lower -- (string replace -r '.*/' '' -- $w))
        set -l stem (string replace -r '[0-9.].*' '' -- $b)
        set -l head (string replace -r -- '-.*' '' -- $b)
        contains -- "$b" $__dag_pf_names; and return 0
        contains -- "$stem" $__dag_pf_names; and return 0
        contains -- "$head" $__dag_pf_names; and return 0
    end
    return 1
end

# Asks the bridge about TEXT. Status 0: run; anything else: refused (fish itself tells
# incomplete input apart, with `commandline --is-valid`).
function __dag_bridge --argument-names text
    if test -z "$DESTRUCTIVE_GATE_NODE" -o -z "$DESTRUCTIVE_GATE_CLI"
        set -g __dag_msg "destructive-gate: blocked: the gate's bridge is not configured in this terminal; nothing ran."
        return 10
    end
    set -g __dag_msg (printf '%s\n' $text | ELECTRON_RUN_AS_NODE=1 $DESTRUCTIVE_GATE_NODE $DESTRUCTIVE_GATE_CLI shell-check --shell fish)
    set -l rc $status
    if test $rc -ne 0 -a $rc -ne 10; and test -z "$__dag_msg"
        set -g __dag_msg "destructive-gate: blocked: the gate's bridge failed (exit $rc); nothing ran."
    end
    return $rc
end

# What a refused line is replaced with (leading space: not kept in history): prints why and
# fails, so the editor's integration and agents see a finished command with status 126.
function __dag_refused
    printf '%s\n' $__dag_msg >&2
    return 126
end

# The buffer as it will run: fish expands an abbreviation under the cursor when executing.
function __dag_buffer
    set -l text (commandline | string collect)
    set -l tok (commandline -t)
    if test -n "$tok"; and abbr -q -- $tok
        for l in (abbr --show)
            set -l m (string match -r -- '^abbr -a (?:.* )?-- (\S+) (.*)$' $l)
            test "$m[2]" = "$tok"; or continue
            set -l exp (string unescape -- $m[3])
            set text (string replace -r -- (string escape --style=regex -- $tok)'(\s*)$' (string escape --style=regex -- $exp | string replace -a '$' '\\$')'$1' $text | string collect)
            break
        end
    end
    printf '%s' $text
end

function __dag_enter
    set -l text (__dag_buffer | string collect)
    set -g __dag_defs
    if not __dag_hits "$text"
        commandline -f execute
        return
    end
    # Incomplete (open block, quote, trailing pipe) or broken: fish keeps reading into the same
    # buffer, or shows its error, and runs nothing; the whole unit is judged once complete.
    if not commandline --is-valid
        commandline -f execute
        return
    end
    if __dag_bridge "$__dag_defs$text"
        commandline -f execute
        return
    end
    set -g __dag_line $text
    commandline -r ' __dag_refused'
    commandline -f execute
end

# Bound at every prompt: fish (re)applies its key bindings lazily and when the user switches
# between emacs and vi bindings.
function __dag_bind --on-event fish_prompt
    for m in default insert
        bind -M $m \r __dag_enter
        bind -M $m \n __dag_enter
    end
    # The editor's integration reports the command it is given; for a refused line, the line
    # the user wrote.
    if functions -q __vsc_cmd_executed; and not functions -q __dag_orig_vsc_cmd_executed
        functions -c __vsc_cmd_executed __dag_orig_vsc_cmd_executed
        function __vsc_cmd_executed --on-event fish_preexec
            if test "$argv" = ' __dag_refused'
                __dag_orig_vsc_cmd_executed $__dag_line
            else
                __dag_orig_vsc_cmd_executed $argv
            end
        end
    end
end
