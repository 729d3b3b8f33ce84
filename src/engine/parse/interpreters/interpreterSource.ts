// The program text an interpreter command runs: `python -c CODE`, `node -e CODE`, `ruby -e`,
// `perl -e/-E`, `deno eval`, `bun -e`, `php -r`, or standard input (a heredoc, a here-string, text
// piped from echo/printf) when no script file is named.

import type { SimpleCommand } from '../../model/command';
import type { Language } from './codeLexer';

export interface InterpreterSource {
  language: Language;
  code: string;
  /** How the code was given: `-c`, `-e`, `stdin`. */
  from: string;
}

const PYTHON = /^(python|pypy)(\d+(\.\d+)?)?$/;

export function interpreterLanguage(name: string): Language | undefined {
  if (PYTHON.test(name)) return 'python';
  if (name === 'node' || name === 'nodejs' || name === 'deno' || name === 'bun') return 'javascript';
  if (name === 'ruby' || name === 'jruby') return 'ruby';
  if (name === 'perl' || /^perl5(\.\d+)*$/.test(name)) return 'perl';
  if (/^php(\d+(\.\d+)?)?$/.test(name)) return 'php';
  return undefined;
}

export const INTERPRETER_COMMANDS: readonly string[] = [
  'python', 'python2', 'python3', 'pypy', 'pypy3', ...['6', '7', '8', '9', '10', '11', '12', '13', '14'].map((v) => `python3.${v}`),
  'node', 'nodejs', 'deno', 'bun', 'ruby', 'jruby', 'perl', 'php', 'php8', 'php7',
];

function programOf(cmd: SimpleCommand, language: Language): CodeRead {
  const words = cmd.args.map((a) => a.value);
  return language === 'python' ? pythonCode(words) : language === 'javascript' ? jsCode(cmd.name, words) : language === 'php' ? phpCode(words) : eCode(words, language === 'perl');
}

/** The interpreter runs its program from standard input (no code option, no script named). */
export function programFromStdin(cmd: SimpleCommand): boolean {
  const language = interpreterLanguage(cmd.name);
  return language !== undefined && programOf(cmd, language) === undefined;
}

export function interpreterSource(cmd: SimpleCommand): InterpreterSource | undefined {
  const language = interpreterLanguage(cmd.name);
  if (!language) return undefined;
  const read = programOf(cmd, language);
  if (read === 'script') return undefined;
  if (read !== undefined) return { language, code: read.code, from: read.from };
  if (cmd.stdin?.kind === 'text') return { language, code: cmd.stdin.text, from: 'stdin' };
  return undefined;
}

type CodeRead = { code: string; from: string } | 'script' | undefined;

const PY_VALUED = new Set(['-W', '-X', '--check-hash-based-pycs']);

function pythonCode(words: string[]): CodeRead {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-c') return words[i + 1] !== undefined ? { code: words[i + 1] as string, from: '-c' } : undefined;
    if (/^-[bBdEhiIOqsSuvx]*c/.test(w)) {
      const rest = w.slice(w.indexOf('c') + 1);
      if (rest !== '') return { code: rest, from: '-c' };
      return words[i + 1] !== undefined ? { code: words[i + 1] as string, from: '-c' } : undefined;
    }
    if (w === '-m' || w.startsWith('-m')) return 'script';
    if (PY_VALUED.has(w)) {
      i++;
      continue;
    }
    if (w === '-') return undefined;
    if (!w.startsWith('-')) return 'script';
  }
  return undefined;
}

const NODE_VALUED = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '--input-type', '-C', '--conditions', '--title', '--env-file', '--stack-size', '--max-old-space-size']);

function jsCode(name: string, words: string[]): CodeRead {
  let i = 0;
  if (name === 'deno') {
    if (words[0] !== 'eval') return 'script';
    i = 1;
  }
  for (; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-e' || w === '--eval' || w === '-p' || w === '--print' || w === '-pe' || w === '-ep') {
      return words[i + 1] !== undefined ? { code: words[i + 1] as string, from: w } : undefined;
    }
    const eq = /^--(eval|print)=([\s\S]*)$/.exec(w);
    if (eq) return { code: eq[2] as string, from: `--${eq[1] as string}` };
    if (NODE_VALUED.has(w)) {
      i++;
      continue;
    }
    if (w === '-') return undefined;
    if (!w.startsWith('-')) return name === 'deno' ? { code: w, from: 'eval' } : 'script';
  }
  return undefined;
}

function phpCode(words: string[]): CodeRead {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-r') return words[i + 1] !== undefined ? { code: words[i + 1] as string, from: '-r' } : undefined;
    if (w.startsWith('-r') && w.length > 2) return { code: w.slice(2), from: '-r' };
    if (w === '-d' || w === '-c' || w === '-z') {
      i++;
      continue;
    }
    if (!w.startsWith('-')) return 'script';
  }
  return undefined;
}

/** Ruby and Perl: one or more `-e` (Perl also `-E`), possibly clustered (`-ne`, `-pe`, `-e'code'`). */
function eCode(words: string[], perl: boolean): CodeRead {
  const lines: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') break;
    if (!w.startsWith('-') || w === '-') {
      if (lines.length > 0) break;
      return w === '-' ? undefined : 'script';
    }
    // A cluster whose earlier letter takes the rest as its value (`-rfileutils`, `-MFile::Path`, `-i.bak`, `-pie`) holds no code.
    const m = /^-([a-zA-Z]*?)([eE])([\s\S]*)$/.exec(w);
    const head = m?.[1] ?? '';
    const valuedHead = /[rIMmCix]/.test(head);
    if (m && !valuedHead && (perl || m[2] === 'e')) {
      const rest = m[3] as string;
      if (rest !== '') lines.push(rest);
      else if (words[i + 1] !== undefined) lines.push(words[++i] as string);
      continue;
    }
    if (w === '-r' || w === '-I' || w === '-C' || (perl && (w === '-M' || w === '-m'))) i++;
  }
  return lines.length > 0 ? { code: lines.join('\n'), from: '-e' } : undefined;
}
