// The in-shell prefilter: the data a terminal's shell uses to decide, without starting any
// process, whether a line could possibly be gated. It must be a superset of what the rules can
// match: a line it passes runs untouched, so a name missing here is a hole in the gate.
// Generated from the rule registry (and the user's rules) so it grows with the rule packs.

import type { Policy } from '../model/policy';
import { READER_ARG_WORDS, READER_WORDS } from '../parse/shell/unwrap';
import { BUILT_IN_INDEX, gatedCommandNames, type RuleIndex } from '../rules/registry';

/**
 * Words that hide what will run, so the engine must read the line even though no rule is keyed
 * by them: evaluation and sourcing, shells and interpreters that run text given to them, and
 * wrappers whose argument is a command (`sudo $X` hides the command word behind a variable).
 */
export const INDIRECTION_WORDS: readonly string[] = [
  'eval', 'source', '.', 'exec', 'command', 'builtin', 'xargs', 'parallel',
  'sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'pwsh', 'busybox',
  'python', 'python2', 'python3', 'pypy', 'pypy3', 'node', 'nodejs', 'deno', 'bun', 'ruby', 'perl', 'php', 'lua', 'tclsh', 'osascript',
  'ssh', 'sudo', 'doas', 'su', 'env', 'nohup', 'time', 'nice', 'ionice', 'timeout', 'stdbuf', 'watch', 'setsid', 'chroot', 'unbuffer',
  'npx', 'pnpx', 'bunx', 'uvx', 'pipx', 'pnpm', 'yarn', 'npm', 'dlx',
  'base64', 'openssl', 'xxd',
];

/**
 * Rules reading every command (`*`) that the prefilter covers structurally: the redirect check
 * (`>` onto a file the rule could protect) plus the command names the rule also reads.
 * A `*` rule missing here makes every line go to the engine, which is safe but slow; the
 * prefilter test fails so that whoever adds such a rule adds its entry.
 */
/**
 * Commands whose file arguments every prefilter (bash, zsh, fish, the hooks') reads as `>` targets
 * when the redirect check is on: the overwrite rule reads them as it reads a `>` target.
 */
export const TARGET_COMMANDS: readonly string[] = ['tee'];

const STRUCTURAL_EVERY_COMMAND = new Map<string, { redirect: boolean; targets?: readonly string[]; hinted?: Readonly<Record<string, readonly string[]>> }>([
  // Every prefilter reads the files of a `tee` command as `>` targets, so `make | tee build.log`
  // stays in the shell; `sort` overwrites only with its output option (`-o`, in a cluster or with
  // the value attached, or `--output` and its abbreviations): `ls | sort -h` stays in the shell too.
  ['filesystem/overwrite-protected-file', { redirect: true, targets: TARGET_COMMANDS, hinted: { sort: ['-o', '--output'] } }],
  // Every prefilter (bash, zsh, fish, the hooks' and the engine's fast path) sends on any line that
  // names the gate's own state (`__dag_`, `DESTRUCTIVE_GATE_`, `BASH_ENV`, `ZDOTDIR`): GATE_NAME_TEXT.
  ['system/disarm-gate-variables', { redirect: false }],
]);

export interface ShellPrefilter {
  /** Command basenames (and indirection words) that send a line to the engine. */
  names: string[];
  /**
   * Names every rule of which (and the reader, when it unwraps the name) needs one of a few
   * argument words: the line goes to the engine only when one of them is among its words.
   * `git status`, `docker ps`, `kubectl get pods` start no process. Not in `names`.
   * Every prefilter reads a part of a word (split at `=`, `.`, `:`, `/`, `,`) as one of the words
   * when it is the word; when it starts with `--` and is at least 3 characters long and a word
   * starting with `--` begins with it (getopt's abbreviations: `--out` for `--output`); or when it
   * is a cluster of short options (`-rno`, `-oFILE`) holding the letter or digit of a word `-x`.
   */
  hints: Record<string, string[]>;
  /** `>` onto a database, secret or `.git/` file (or a target the shell cannot know) sends the line to the engine. */
  redirect: boolean;
  /** Some rule or user pattern cannot be reduced to names: every line goes to the engine. */
  everyLine: boolean;
  /** Why `everyLine` is set, for the log. */
  everyLineBecause: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const HINT_WORD = /^[a-z0-9_+@-]+$/;
/** Characters a command name may have in the shells' word tables. */
const NAME_CHARS = /^[A-Za-z0-9_.+:@-]+$/;

/** The literal command word a user glob such as `npm publish*` starts with, if it has one. */
function leadingWord(pattern: string): string | undefined {
  const first = pattern.trim().split(/\s+/, 1)[0] ?? '';
  if (first === '' || GLOB_CHARS.test(first)) return undefined;
  const base = first.slice(first.lastIndexOf('/') + 1);
  return base === '' ? undefined : base;
}

export function buildShellPrefilter(index: RuleIndex = BUILT_IN_INDEX, policy?: Policy): ShellPrefilter {
  // The engine's reader unwraps these words (wrappers, runners, shells): a line using one may run
  // a command hidden behind it (`strace $X`, `mise exec -- $CMD`), so the shell must send it on,
  // exactly as the engine's own fast path does (quickScan reads the same list).
  const names = new Set<string>([...gatedCommandNames(index), ...INDIRECTION_WORDS, ...READER_WORDS]);
  let redirect = false;
  const everyLineBecause: string[] = [];
  // Names a `*` rule reads only with one of a few argument words (merged with the keyed rules' words
  // below), and names it reads only through their files (read as `>` targets instead).
  const structuralWords = new Map<string, Set<string>>();
  const targetNames = new Set<string>();
  for (const rule of index.everyCommand) {
    const how = STRUCTURAL_EVERY_COMMAND.get(rule.id);
    if (how === undefined) {
      everyLineBecause.push(`rule ${rule.id} reads every command`);
      continue;
    }
    redirect ||= how.redirect;
    for (const n of how.targets ?? []) targetNames.add(n);
    for (const [n, ws] of Object.entries(how.hinted ?? {})) {
      names.add(n);
      const set = structuralWords.get(n) ?? new Set<string>();
      for (const w of ws) set.add(w);
      structuralWords.set(n, set);
    }
  }
  for (const rule of policy?.rules ?? []) {
    const m = rule.match.command;
    if (m === undefined) continue;
    const word = m.kind === 'glob' ? leadingWord(m.pattern) : undefined;
    if (word === undefined) everyLineBecause.push(`user rule ${rule.id} matches any command`);
    else names.add(word);
  }
  // A name keeps its hints only when everything that could read it declares argument words:
  // every rule keyed by it, the reader if it unwraps it, and no indirection or user rule.
  const hints: Record<string, string[]> = {};
  const userNamed = new Set((policy?.rules ?? []).flatMap((r) => (r.match.command?.kind === 'glob' ? [leadingWord(r.match.command.pattern)] : [])));
  for (const name of names) {
    const rules = index.byCommand.get(name) ?? [];
    if (INDIRECTION_WORDS.includes(name) || userNamed.has(name) || !NAME_CHARS.test(name)) continue;
    const structural = structuralWords.get(name);
    // A reader word keeps hints only with the words behind which the reader unwraps it, or (tee,
    // sort: listed there because a `*` rule reads them, never unwrapped) with structural words.
    if (READER_WORDS.includes(name) ? READER_ARG_WORDS[name] === undefined && structural === undefined : rules.length === 0 && structural === undefined) continue;
    const words = new Set([...(READER_ARG_WORDS[name] ?? []), ...(structural ?? [])]);
    let complete = true;
    for (const r of rules) {
      if (r.argWords === undefined || r.argWords.length === 0) complete = false;
      for (const w of r.argWords ?? []) words.add(w.toLowerCase());
    }
    // The shells compare whole word parts: a hint word must not itself contain a separator.
    if (complete && [...words].every((w) => HINT_WORD.test(w))) hints[name] = [...words].sort();
  }
  for (const name of Object.keys(hints)) names.delete(name);
  // A name read only through its files (tee) is no name; a rule keyed by it or a user rule naming it keeps it one.
  for (const n of targetNames) if (!userNamed.has(n) && (index.byCommand.get(n) ?? []).length === 0) names.delete(n);
  // The shells keep names in word tables (bash and zsh hashes, fish lists): a name with other
  // characters cannot be held there safely, so a user rule naming one makes every line go to the
  // engine rather than being dropped (a dropped name would be a hole in the gate).
  // Two shapes are covered another way: `mkfs.*` by its stem (every prefilter reads `mkfs.ext4`
  // as a variant of `mkfs`), and a command word with a glob character (`[IO.File]::Delete`) is
  // always sent on.
  const clean = new Set<string>();
  for (const n of names) {
    const stem = /^([A-Za-z0-9_+-]+)\.\*$/.exec(n)?.[1];
    if (NAME_CHARS.test(n)) clean.add(n);
    else if (stem !== undefined) clean.add(stem);
    else if (!/^[*?[{]/.test(n)) everyLineBecause.push(`command name ${JSON.stringify(n)} cannot be matched in the shell`);
  }
  return { names: [...clean].sort(), hints, redirect, everyLine: everyLineBecause.length > 0, everyLineBecause };
}

/**
 * The prefilter as one value (the agent hooks' prefilter file): space-separated names, hinted
 * names as `name=word,word`, plus the flags `@redirect` and `@every-line`.
 */
export function encodeShellPrefilter(p: ShellPrefilter): string {
  const { names, hints } = encodeShellPrefilterForShells(p);
  return hints === '' ? names : `${names} ${hints}`;
}

/** What a protected terminal's environment carries, read by the shell scripts at start-up. */
export interface ShellPrefilterValues {
  /**
   * DESTRUCTIVE_GATE_PREFILTER: the flags first, in this order (`@every-line`, `@redirect`), so a
   * shell reads them with an anchored match, then the plain names. Lower case, space-separated.
   */
  names: string;
  /**
   * DESTRUCTIVE_GATE_PREFILTER_HINTS: `name=word,word` for the names that matter only with one of
   * those words on the line. Apart from the names because shells match a long string slowly: the
   * few hinted names (git, docker, kubectl) are looked up in this short one.
   */
  hints: string;
}

export function encodeShellPrefilterForShells(p: ShellPrefilter): ShellPrefilterValues {
  const flags = [...(p.everyLine ? ['@every-line'] : []), ...(p.redirect ? ['@redirect'] : [])];
  const plain = [...new Set(p.names.map((n) => n.toLowerCase()))].sort();
  const hinted = Object.keys(p.hints)
    .sort()
    .map((n) => `${n.toLowerCase()}=${(p.hints[n] ?? []).join(',')}`);
  return { names: [...flags, ...plain].join(' '), hints: hinted.join(' ') };
}
