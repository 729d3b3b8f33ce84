// Reading a git invocation: global options (-C, -c, --git-dir, --work-tree), aliases defined on the
// line itself (`git -c alias.nuke=reset nuke --hard`, GIT_CONFIG_KEY_n/VALUE_n), the subcommand and its
// arguments. Long options may be abbreviated, as git accepts (`--har` is `--hard`).

import type { SimpleCommand, Word } from '../../model/command';
import type { RuleContext } from '../rule';

export interface GitInvocation {
  sub: string;
  args: Word[];
  /** `-C dir` / `--work-tree` / `--git-dir`, the folder git acts on. */
  dir?: string;
}

const GLOBAL_VALUED = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path', '--super-prefix', '--config-env', '--list-cmds']);

function aliasesFrom(cmd: SimpleCommand, configs: string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const add = (kv: string): void => {
    const m = /^alias\.([^=]+)=(.*)$/s.exec(kv);
    if (m) aliases.set(m[1] as string, m[2] as string);
  };
  for (const c of configs) add(c);
  // GIT_CONFIG_PARAMETERS="'alias.x=reset' 'k=v'"
  for (const m of (cmd.assigns['GIT_CONFIG_PARAMETERS'] ?? '').matchAll(/'([^']*)'/g)) add(m[1] as string);
  const count = Number(cmd.assigns['GIT_CONFIG_COUNT'] ?? '0');
  for (let i = 0; i < Math.min(count, 50); i++) {
    const k = cmd.assigns[`GIT_CONFIG_KEY_${i}`];
    const v = cmd.assigns[`GIT_CONFIG_VALUE_${i}`];
    if (k !== undefined && v !== undefined) add(`${k}=${v}`);
  }
  return aliases;
}

export function readGit(cmd: SimpleCommand): GitInvocation | undefined {
  if (cmd.name !== 'git') return undefined;
  const args = cmd.args;
  let i = 0;
  let dir: string | undefined;
  const configs: string[] = [];
  while (i < args.length) {
    const v = (args[i] as Word).value;
    if (!v.startsWith('-')) break;
    const eq = v.indexOf('=');
    const name = eq > 0 ? v.slice(0, eq) : v;
    if (GLOBAL_VALUED.has(name)) {
      const value = eq > 0 ? v.slice(eq + 1) : (args[i + 1] as Word | undefined)?.value ?? '';
      if (name === '-C' || name === '--work-tree') dir = value;
      if (name === '-c') configs.push(value);
      i += eq > 0 ? 1 : 2;
      continue;
    }
    if (/^-C./.test(v)) {
      dir = v.slice(2);
      i++;
      continue;
    }
    if (/^-c./.test(v)) {
      configs.push(v.slice(2));
      i++;
      continue;
    }
    i++;
  }
  const subWord = args[i];
  if (!subWord) return undefined;
  let sub = subWord.value;
  let rest = args.slice(i + 1);
  const aliases = aliasesFrom(cmd, configs);
  const alias = aliases.get(sub);
  if (alias !== undefined && !alias.startsWith('!')) {
    const words = alias.trim().split(/\s+/).map((t): Word => ({ value: t, raw: t, dynamic: false, glob: false, quoted: false }));
    sub = words[0]?.value ?? sub;
    rest = [...words.slice(1), ...rest];
  }
  const inv: GitInvocation = { sub, args: rest };
  if (dir !== undefined) inv.dir = dir;
  return inv;
}

/** True when `given` is `full` or an unambiguous-looking abbreviation of it (at least `--xy`). */
export function longOption(given: string, full: string): boolean {
  const name = given.includes('=') ? given.slice(0, given.indexOf('=')) : given;
  return name === full || (name.length >= 4 && name.startsWith('--') && full.startsWith(name));
}

export function hasLong(args: readonly Word[], full: string): boolean {
  return args.some((a) => longOption(a.value, full));
}

/** A short flag, alone or inside a cluster (`-fd`, `-Dv`), before `--`. */
export function hasShort(args: readonly Word[], letter: string, valuedLetters = ''): boolean {
  for (const a of args) {
    const v = a.value;
    if (v === '--') return false;
    if (!/^-[A-Za-z]/.test(v) || v.startsWith('--')) continue;
    for (let j = 1; j < v.length; j++) {
      const ch = v[j] as string;
      if (ch === letter) return true;
      if (valuedLetters.includes(ch)) break;
    }
  }
  return false;
}

/** Positionals after options; `valued` options swallow their next word. Words after `--` are positionals. */
export function positionals(args: readonly Word[], valued: readonly string[] = [], shortValued = ''): { before: string[]; after: string[]; dashdash: boolean } {
  const before: string[] = [];
  const after: string[] = [];
  let dashdash = false;
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as Word).value;
    if (dashdash) {
      after.push(v);
      continue;
    }
    if (v === '--') {
      dashdash = true;
      continue;
    }
    if (v.startsWith('--')) {
      if (!v.includes('=') && valued.some((full) => longOption(v, full))) i++;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      const last = v[v.length - 1] as string;
      const firstValued = [...v.slice(1)].findIndex((c) => shortValued.includes(c));
      if (firstValued === v.length - 2 && shortValued.includes(last)) i++;
      continue;
    }
    before.push(v);
  }
  return { before, after, dashdash };
}

/** What the human types for an action on the whole repository: the branch when known, else the folder's name. */
export function repoTarget(inv: GitInvocation, ctx: RuleContext): string {
  const branch = ctx.input.facts?.gitBranch;
  if (branch && inv.dir === undefined) return branch;
  const dir = (inv.dir ?? ctx.cwd).replace(/\/+$/, '');
  return dir.slice(dir.lastIndexOf('/') + 1) || dir;
}
