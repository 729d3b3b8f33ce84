// The bridge the terminal scripts call for a line their prefilter could not clear. The line
// arrives on stdin (so no quoting or argv limit can change it); the exit status tells the shell
// what to do, and stdout carries the one line to print when the line is refused.
//   0  run the line as written            10  refused (stdout says why)
//   11 incomplete: keep reading           anything else: the shell refuses (fails closed)
// Asks the editor window (typed-name dialog); when no window answers, the engine decides
// locally and a gated line follows the window's approved fail mode (default: refuse). No
// variable or flag of this verb lowers that.

import { evaluate } from '../../engine/evaluate';
import { askEditor } from '../hooks/askEditor';
import type { AskBody, GateAnswer } from '../hooks/runHook';
import { readBoundedStdin } from '../hooks/readBoundedStdin';
import { readBoundedFile } from '../engine/engineInput';
import { fishAsPosix } from '../shell/fishText';
import { isIncomplete, type ShellName } from '../shell/lineCompleteness';
import { passedUnreachable, refusedByEditor, refusedUnreachable } from '../shell/refusalLine';
import type { Verb } from '../verb';

export const SHELL_CHECK_RUN = 0;
export const SHELL_CHECK_REFUSED = 10;
export const SHELL_CHECK_INCOMPLETE = 11;

const MAX_LINE_BYTES = 1024 * 1024;
const SHELLS: readonly ShellName[] = ['bash', 'zsh', 'fish', 'pwsh'];
/** Never sent to the editor: they are the gate's own plumbing, not evidence about the command. */
const PRIVATE_ENV = /^DESTRUCTIVE_GATE_(SECRET|PREFILTER)$/;

interface Options {
  shell: ShellName;
  nonInteractive: boolean;
}

function parseOptions(args: readonly string[]): Options | string {
  let shell: ShellName = 'bash';
  let nonInteractive = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--shell') {
      const v = args[++i];
      if (v === undefined || !(SHELLS as readonly string[]).includes(v)) return `--shell must be one of ${SHELLS.join(', ')}`;
      shell = v as ShellName;
    } else if (a === '--non-interactive') nonInteractive = true;
    else return `unknown option ${a ?? ''}`;
  }
  return { shell, nonInteractive };
}

function forwardedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string' && !PRIVATE_ENV.test(k)) out[k] = v;
  return out;
}

export interface ShellCheckResult {
  code: number;
  /** Printed by the shell when the line is refused; a warning when it runs unconfirmed. */
  line?: string;
  warning?: string;
}

export interface ShellCheckDeps {
  cwd: string;
  env: NodeJS.ProcessEnv;
  ask: (body: AskBody) => Promise<GateAnswer>;
}

export async function checkShellLine(text: string, opts: Options, deps: ShellCheckDeps): Promise<ShellCheckResult> {
  if (!opts.nonInteractive && isIncomplete(opts.shell, text)) return { code: SHELL_CHECK_INCOMPLETE };
  const label = opts.nonInteractive ? `${opts.shell} -c` : `${opts.shell} terminal`;
  // What is judged (and shown in the dialog) is the line as the engine reads it.
  if (opts.shell === 'fish') text = fishAsPosix(text);
  const body: AskBody = { verb: 'ask', source: { kind: 'terminal', label }, command: text, cwd: deps.cwd, env: forwardedEnv(deps.env) };
  let answer: GateAnswer;
  try {
    answer = await deps.ask(body);
  } catch (err) {
    answer = { kind: 'unreachable', reason: err instanceof Error ? err.message : String(err) };
  }
  if (answer.kind === 'reply') {
    const r = answer.reply;
    if (r.answer === 'allow') return { code: SHELL_CHECK_RUN };
    return { code: SHELL_CHECK_REFUSED, line: refusedByEditor(text, r.message, r.decision) };
  }
  const local = evaluate({ command: text, cwd: deps.cwd, env: deps.env, readFile: readBoundedFile });
  if (local.verdict === 'allow') return { code: SHELL_CHECK_RUN };
  if (answer.failMode === 'allow' && local.verdict === 'confirm') return { code: SHELL_CHECK_RUN, warning: passedUnreachable(text, answer.reason, local) };
  return { code: SHELL_CHECK_REFUSED, line: refusedUnreachable(text, answer.reason, local) };
}

export const shellCheckVerb: Verb = {
  name: 'shell-check',
  summary: 'check a terminal line before the shell runs it (shell bridge; line on stdin)',
  async run(args: string[]): Promise<number> {
    const opts = parseOptions(args);
    if (typeof opts === 'string') {
      process.stdout.write(`destructive-gate: blocked: shell-check: ${opts}; nothing ran.\n`);
      return 1;
    }
    const input = await readBoundedStdin(process.stdin, MAX_LINE_BYTES);
    if (!input.ok) {
      process.stdout.write(`destructive-gate: blocked: the line could not be read (${input.reason}); nothing ran.\n`);
      return SHELL_CHECK_REFUSED;
    }
    // The shells hand the line over as a here-string, which adds one newline.
    const text = input.text.endsWith('\n') ? input.text.slice(0, -1) : input.text;
    const result = await checkShellLine(text, opts, {
      cwd: process.cwd(),
      env: process.env,
      ask: (body) => askEditor(body, { env: process.env }),
    });
    if (result.warning) process.stderr.write(`${result.warning}\n`);
    if (result.line) process.stdout.write(`${result.line}\n`);
    return result.code;
  },
};
