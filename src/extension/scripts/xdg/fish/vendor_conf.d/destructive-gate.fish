# Destructive Action Gate: checks each line typed or sent into an interactive fish before it runs.
# Loaded as a vendor configuration snippet (the extension prepends this folder's parent to
# XDG_DATA_DIRS), so the user's config.fish, conf.d and the editor's own fish integration all
# load as before. Enter (\r, \n) runs __dag_enter: the whole buffer (multi-line input included)
# is judged before `commandline -f execute`. Harmless lines cost a few builtins; only lines the
# prefilter cannot clear go to the bridge (dist/cli.js shell-check).

status is-interactive; or return 0
set -q __dag_on; and return 0
set -g __dag_on 1

test -n "$DESTRUCTIVE_GATE_SHELL_DIR"; or return 0
# Never fail open: without the prefilter every line goes to the engine.
source "$DESTRUCTIVE_GATE_SHELL_DIR/prefilter.fish" 2>/dev/null
functions -q __dag_hits; or function __dag_hits; return 0; end
set -g __dag_msg
set -g __dag_line

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

# The buffer as it will run, into __dag_text: fish expands an abbreviation under the cursor when
# executing. (A global rather than output: each command substitution costs tens of microseconds.)
function __dag_buffer
    set -g __dag_text (commandline | string collect)
    set -l tok (commandline -t)
    if test -n "$tok"; and abbr -q -- $tok
        for l in (abbr --show)
            set -l m (string match -r -- '^abbr -a (?:.* )?-- (\S+) (.*)$' $l)
            test "$m[2]" = "$tok"; or continue
            set -l exp (string unescape -- $m[3])
            set -g __dag_text (string replace -r -- (string escape --style=regex -- $tok)'(\s*)$' (string escape --style=regex -- $exp | string replace -a '$' '\\$')'$1' $__dag_text | string collect)
            break
        end
    end
end

# Enter. A harmless line costs one command substitution and a few builtins: the buffer is read as
# lines, each marked as a command's start (`;`) and joined, and the prefilter reads that; the
# exact text, with an abbreviation expanded, is read only for a line it cannot clear, or when a
# word of the line is an abbreviation.
function __dag_enter
    set -l lines (commandline)
    set -l text ';'$lines
    set -g __dag_defs
    set -l words
    string match -qra -- '(?<words>[^\s;&|()<>]+)' "$text"
    if not abbr -q -- $words; and not __dag_hits "$text"
        commandline -f execute
        return
    end
    __dag_buffer
    set text $__dag_text
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
