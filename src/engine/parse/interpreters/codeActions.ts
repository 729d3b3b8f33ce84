// What interpreter code does that the gate cares about: calls of file-deleting APIs, and shell
// commands it runs (as text when it is a literal, or unknown when built at run time).

import { findCalls, firstString, literalList, textWithHoles, type CodeCall } from './codeCalls';
import { lexCode, type CodeToken, type Language } from './codeLexer';

export type CodeAction =
  | { kind: 'delete'; api: string; target?: string; recursive: boolean }
  | { kind: 'shell'; api: string; text?: string };

interface Api {
  /** Matches the call. */
  is(call: CodeCall): boolean;
  recursive?: boolean;
}

const FS_RECEIVER = /(^|\.)(fs|fse|fsp|fsExtra|promises|require)$/;

function named(...names: string[]): (c: CodeCall) => boolean {
  const set = new Set(names);
  return (c) => set.has(c.callee);
}
function method(names: string[], receiver?: RegExp): (c: CodeCall) => boolean {
  const set = new Set(names);
  return (c) => set.has(c.method) && (receiver === undefined || (c.receiver !== undefined && receiver.test(c.receiver)));
}

const DELETE_APIS: Record<Language, Api[]> = {
  python: [
    { is: named('shutil.rmtree', 'rmtree'), recursive: true },
    { is: named('os.remove', 'os.unlink', 'os.rmdir', 'os.removedirs', 'unlink', 'rmdir', 'removedirs') },
    // pathlib: Path('/x').unlink(), p.rmdir()
    { is: (c) => (c.method === 'unlink' || c.method === 'rmdir') && c.receiver !== undefined },
  ],
  javascript: [
    { is: method(['rmSync', 'rmdirSync', 'removeSync', 'emptyDirSync', 'rimraf', 'rimrafSync']), recursive: true },
    { is: (c) => c.callee === 'rimraf' || c.callee === 'rimraf.sync', recursive: true },
    { is: method(['rm', 'rmdir', 'remove', 'emptyDir'], FS_RECEIVER), recursive: true },
    { is: method(['unlinkSync']) },
    { is: method(['unlink'], FS_RECEIVER) },
    { is: named('Deno.remove', 'Deno.removeSync'), recursive: true },
  ],
  ruby: [
    { is: method(['rm_rf', 'rm_r', 'rmtree', 'remove_dir', 'remove_entry', 'remove_entry_secure', 'rmdir']), recursive: true },
    { is: (c) => /^(FileUtils\.)?(rm|rm_f|remove|remove_file|safe_unlink)$/.test(c.callee) },
    { is: named('File.delete', 'File.unlink', 'Dir.delete', 'Dir.rmdir', 'Dir.unlink', 'Pathname.delete', 'Pathname.unlink'), recursive: false },
    { is: (c) => (c.method === 'delete' || c.method === 'unlink') && c.receiver === 'Pathname' },
  ],
  perl: [
    { is: (c) => /^(File\.Path\.)?(rmtree|remove_tree)$/.test(c.callee), recursive: true },
    { is: named('unlink', 'rmdir') },
  ],
  php: [{ is: named('unlink', 'rmdir') }],
  awk: [],
};

const CHILD_PROCESS = /(^|\.)(child_process|childProcess|cp|require|proc)$/;

const SHELL_APIS: Record<Language, ((c: CodeCall) => boolean)[]> = {
  python: [
    named('os.system', 'os.popen', 'system', 'popen', 'commands.getoutput', 'commands.getstatusoutput', 'pty.spawn'),
    (c) => /^(subprocess\.)?(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)$/.test(c.callee) && (c.callee.startsWith('subprocess.') || c.callee !== 'run'),
    (c) => /^os\.(exec|spawn)[lvpe]*$/.test(c.callee),
  ],
  javascript: [
    method(['execSync', 'spawnSync', 'execFileSync', 'execFile', 'spawn']),
    method(['exec'], CHILD_PROCESS),
    (c) => c.callee === 'exec' || c.callee === '$' || c.callee === 'Bun.spawn' || c.callee === 'Bun.spawnSync' || c.callee === 'Deno.run' || c.callee === 'Deno.Command',
  ],
  ruby: [named('system', 'exec', 'spawn', 'Kernel.system', 'Kernel.exec', 'Kernel.spawn', 'IO.popen', 'Open3.capture2', 'Open3.capture2e', 'Open3.capture3', 'Open3.popen2', 'Open3.popen2e', 'Open3.popen3', 'PTY.spawn')],
  perl: [named('system', 'exec')],
  php: [named('system', 'exec', 'shell_exec', 'passthru', 'popen', 'proc_open', 'pcntl_exec')],
  awk: [],
};

/** Quotes words for the shell so a list form (`['rm', '-rf', x]`) reads as the command it runs. */
function shellJoin(words: readonly string[]): string {
  return words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}

function commandText(call: CodeCall, lang: Language): string | undefined {
  const [a0, a1] = call.args;
  const text = textWithHoles(a0);
  const list = literalList(a0);
  if (lang === 'javascript' && (call.method === 'spawn' || call.method === 'spawnSync' || call.method.startsWith('execFile') || call.callee === 'Deno.Command')) {
    if (text === undefined) return list ? shellJoin(list) : undefined;
    const rest = literalList(a1) ?? (call.callee === 'Deno.Command' ? argsProperty(a1) : a1 === undefined ? [] : undefined);
    return rest === undefined ? undefined : shellJoin([text, ...rest]);
  }
  if (call.callee === 'Deno.run') return argsProperty(a0, 'cmd') ? shellJoin(argsProperty(a0, 'cmd') as string[]) : undefined;
  if (text !== undefined) {
    // Ruby/Perl/PHP `system('rm', '-rf', x)` with several literal words.
    if (call.args.length > 1 && (lang === 'ruby' || lang === 'perl')) {
      const words = call.args.map((a) => textWithHoles(a));
      return words.every((w) => w !== undefined) ? shellJoin(words as string[]) : undefined;
    }
    return text;
  }
  if (list) return shellJoin(list);
  return undefined;
}

/** `{args: ['-rf', '/x']}` → the list under the key. */
function argsProperty(arg: readonly CodeToken[] | undefined, key = 'args'): string[] | undefined {
  if (!arg) return undefined;
  const at = arg.findIndex((t, i) => t.t === 'ident' && t.v === key && arg[i + 1]?.t === 'punct' && (arg[i + 1] as { v: string }).v === ':');
  if (at < 0) return undefined;
  const open = at + 2;
  const close = arg.findIndex((t, i) => i > open && t.t === 'punct' && t.v === ']');
  return close < 0 ? undefined : literalList(arg.slice(open, close + 1));
}

export function readCodeActions(code: string, lang: Language): CodeAction[] {
  const tokens = lexCode(code, lang);
  const actions: CodeAction[] = [];
  for (const t of tokens) if (t.t === 'shell') actions.push({ kind: 'shell', api: 'backticks', text: t.v });
  for (const call of findCalls(tokens, lang === 'ruby' || lang === 'perl' || lang === 'php')) {
    const del = DELETE_APIS[lang].find((api) => api.is(call));
    if (del) {
      const target = firstString(call.args[0]) ?? firstString(call.receiverArgs?.[0]);
      const a: CodeAction = { kind: 'delete', api: call.callee.replace(/^\./, ''), recursive: del.recursive === true || hasRecursiveOption(call) };
      if (target !== undefined) a.target = target;
      actions.push(a);
      continue;
    }
    if (SHELL_APIS[lang].some((is) => is(call))) {
      const text = commandText(call, lang);
      const api = call.callee.replace(/^\./, '');
      actions.push(text === undefined ? { kind: 'shell', api } : { kind: 'shell', api, text });
    }
  }
  return actions;
}

function hasRecursiveOption(call: CodeCall): boolean {
  return call.args.some((a) => a.some((t, i) => t.t === 'ident' && t.v === 'recursive' && a[i + 2]?.t === 'ident' && (a[i + 2] as { v: string }).v === 'true'));
}

/** Every plain string literal in the code, for SQL and GraphQL carried as data. */
export function stringLiterals(code: string, lang: Language): string[] {
  return lexCode(code, lang)
    .filter((t): t is Extract<CodeToken, { t: 'str' }> => t.t === 'str')
    .map((t) => t.v);
}
