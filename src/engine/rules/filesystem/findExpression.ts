// Reading a `find` command: its search roots, whether its tests filter what it selects,
// its name patterns, and what it does (-delete, -exec rm ...).

import type { SimpleCommand, Word } from '../../model/command';

const NO_FILTER = new Set(['-type', '-xtype', '-maxdepth', '-mindepth', '-depth', '-d', '-xdev', '-mount', '-print', '-print0', '-follow', '-daystart', '-noleaf', '-warn', '-nowarn', '-ignore_readdir_race', '-delete', '-ls', '-fls', '-printf', '-fprint', '-fprint0', '-a', '-and', '-true']);
const TAKES_VALUE = new Set(['-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename', '-regex', '-iregex', '-type', '-xtype', '-maxdepth', '-mindepth', '-size', '-mtime', '-atime', '-ctime', '-mmin', '-amin', '-cmin', '-newer', '-anewer', '-cnewer', '-user', '-group', '-uid', '-gid', '-perm', '-inum', '-links', '-fstype', '-samefile', '-printf', '-fprint', '-fprint0', '-fls', '-regextype', '-newermt', '-newerct', '-newerat', '-used', '-lname', '-ilname', '-context']);
const NAME_TESTS = new Set(['-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename', '-regex', '-iregex']);

export interface FindReading {
  roots: Word[];
  /** Some test narrows what is selected (name, size, time, owner...). */
  filtered: boolean;
  /** Name patterns; `or` alternatives included. */
  names: string[];
  /** A `!`/`-not` negation appears (a name filter then selects the complement). */
  negated: boolean;
  deletes: boolean;
  /** -exec/-execdir/-ok commands, as words. */
  execs: Word[][];
}

export function readFind(cmd: SimpleCommand): FindReading {
  const args = cmd.args;
  const roots: Word[] = [];
  let i = 0;
  // Leading options -H -L -P -O3 -D x.
  while (i < args.length && /^-(?:[HLP]|O\d|D)$/.test((args[i] as Word).value)) i += (args[i] as Word).value === '-D' ? 2 : 1;
  while (i < args.length) {
    const v = (args[i] as Word).value;
    if (v === '-f' && args[i + 1]) {
      // BSD find: `-f path` names a root.
      roots.push(args[i + 1] as Word);
      i += 2;
      continue;
    }
    if ((v.startsWith('-') && v.length > 1) || v === '(' || v === '!' || v === ')' || v === ',') break;
    roots.push(args[i] as Word);
    i++;
  }
  let filtered = false;
  let negated = false;
  let deletes = false;
  const names: string[] = [];
  const execs: Word[][] = [];
  for (; i < args.length; i++) {
    const v = (args[i] as Word).value;
    if (v === '-delete') {
      deletes = true;
      continue;
    }
    if (v === '!' || v === '-not') {
      negated = true;
      continue;
    }
    if (v === '-exec' || v === '-execdir' || v === '-ok' || v === '-okdir') {
      let j = i + 1;
      while (j < args.length && (args[j] as Word).value !== ';' && (args[j] as Word).value !== '+') j++;
      const exec = args.slice(i + 1, j) as Word[];
      execs.push(exec);
      // An -exec that is not a deleter acts as a test (`-exec grep -q x {} \;`): it narrows the selection.
      if (!execDeleter(exec)) filtered = true;
      i = j;
      continue;
    }
    if (NAME_TESTS.has(v)) {
      const pattern = (args[i + 1] as Word | undefined)?.value ?? '';
      names.push(pattern);
      // `-name '*'` selects everything: no filter.
      if (!/^\*+$/.test(pattern) && !/^\.?\*$/.test(pattern)) filtered = true;
      i++;
      continue;
    }
    if (v.startsWith('-') && !NO_FILTER.has(v) && v !== '-o' && v !== '-or' && v !== '-prune') filtered = true;
    if (TAKES_VALUE.has(v)) i++;
  }
  if (roots.length === 0) roots.push({ value: '.', raw: '.', dynamic: false, glob: false, quoted: false });
  return { roots, filtered, names, negated, deletes, execs };
}

const DELETERS = new Set(['rm', 'unlink', 'shred', 'srm', 'wipe']);

/** The basename of an exec'd command after common wrappers (`sudo rm`, `/bin/rm`). */
export function execDeleter(words: Word[]): { name: string; recursive: boolean } | undefined {
  let k = 0;
  while (k < words.length && (['sudo', 'command', 'nice', 'nohup', 'doas', 'env', 'busybox', 'time'].includes(((words[k] as Word).value.split('/').pop() ?? '')) || /^[A-Za-z_]\w*=/.test((words[k] as Word).value) || (k > 0 && (words[k] as Word).value.startsWith('-')))) k++;
  const w = words[k];
  if (!w) return undefined;
  const name = w.value.slice(w.value.lastIndexOf('/') + 1);
  if (!DELETERS.has(name)) return undefined;
  const recursive = words.slice(k + 1).some((a) => /^-[a-zA-Z]*[rR]/.test(a.value) || a.value === '--recursive');
  return { name, recursive };
}
