// Rules for git operations that throw away uncommitted work in the working tree.

import type { Rule } from '../rule';
import { hasLong, hasShort, longOption, positionals, readGit, repoTarget } from './gitCommand';
import { pathsTarget } from '../filesystem/targets';

const SAFER_STASH = 'git stash push first, so the changes can be brought back';

export const resetHard: Rule = {
  id: 'git/reset-hard',
  severity: 'high',
  verdict: 'confirm',
  reason: 'discards every uncommitted change in the working tree and index',
  safer: SAFER_STASH,
  tool: 'git',
  commands: ['git'],
  argWords: ['reset'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'reset') return undefined;
    if (!hasLong(inv.args, '--hard') && !hasLong(inv.args, '--merge')) return undefined;
    return { target: repoTarget(inv, ctx) };
  },
};

/** A lone `git checkout X` switches branches unless X looks like a path. */
function looksLikePath(v: string): boolean {
  return v === '.' || v === '..' || v.startsWith('./') || v.startsWith('../') || v.startsWith(':/') || v.includes('*') || /^path\/to\//.test(v) || /\.[A-Za-z0-9]{1,6}$/.test(v.slice(v.lastIndexOf('/') + 1)) && !/^v?\d+(\.\d+)+$/.test(v);
}

export const checkoutDiscard: Rule = {
  id: 'git/checkout-discard',
  severity: 'high',
  verdict: 'confirm',
  reason: 'overwrites working-tree files with a committed version, discarding their uncommitted changes',
  safer: SAFER_STASH,
  tool: 'git',
  commands: ['git'],
  argWords: ['checkout', 'checkout-index'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (!inv) return undefined;
    if (inv.sub === 'checkout-index') {
      // With --prefix the files are written elsewhere, not over the working tree.
      if (hasLong(inv.args, '--prefix')) return undefined;
      if (hasShort(inv.args, 'f') || hasLong(inv.args, '--force')) return { target: repoTarget(inv, ctx), reason: 'overwrites working-tree files from the index' };
      return undefined;
    }
    if (inv.sub !== 'checkout') return undefined;
    const args = inv.args;
    const values = args.map((a) => a.value);
    if (values.includes('-h') || values.includes('--help')) return undefined;
    // `--track` and `--recurse-submodules` take an optional value: only the known words.
    const known = values.filter((v, i) => !((values[i - 1] === '--track' && (v === 'direct' || v === 'inherit')) || (values[i - 1] === '--recurse-submodules' && (v === 'checkout' || v === 'on-demand'))));
    const words = args.filter((a) => known.includes(a.value) || a.value === '--');
    const force = hasShort(words, 'f', 'bBU') || hasLong(words, '--force');
    const { before, after, dashdash } = positionals(words, ['--conflict', '--inter-hunk-context', '--unified', '--orphan', '--pathspec-from-file'], 'bBU');
    const creating = hasShort(words, 'b', '') || hasShort(words, 'B', '') || hasLong(words, '--orphan');
    if (hasLong(words, '--pathspec-from-file')) return { target: repoTarget(inv, ctx) };
    if (dashdash && after.length > 0) return { target: pathsTarget(after) };
    if (!creating && before.length >= 2) return { target: pathsTarget(before.slice(1)) };
    if (!creating && before.length === 1 && looksLikePath(before[0] as string)) return { target: before[0] as string };
    if (force) return { target: repoTarget(inv, ctx), reason: 'switches branch with --force, discarding uncommitted changes' };
    return undefined;
  },
};

export const switchDiscard: Rule = {
  id: 'git/switch-discard',
  severity: 'high',
  verdict: 'confirm',
  reason: 'switches branch discarding uncommitted changes',
  safer: SAFER_STASH,
  tool: 'git',
  commands: ['git'],
  argWords: ['switch'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'switch') return undefined;
    if (hasLong(inv.args, '--discard-changes') || hasLong(inv.args, '--force') || hasShort(inv.args, 'f', 'cC')) return { target: repoTarget(inv, ctx) };
    return undefined;
  },
};

interface OptionScan {
  /** Last-wins boolean flags, by canonical long name. */
  flags: Map<string, boolean>;
  paths: string[];
  /** `-h`, `--help`, `--version` given as options (not as values or paths). */
  help: boolean;
}

/**
 * Reads options the way git's parse-options does: valued options swallow the next word (even one that looks
 * like an option), `--no-x` cancels `--x`, later wins, abbreviations count, and everything after `--` is a path.
 */
function scanOptions(args: readonly { value: string }[], spec: { valued: readonly string[]; flags: Readonly<Record<string, string>>; shortValued?: string }): OptionScan {
  const flags = new Map<string, boolean>();
  const paths: string[] = [];
  let help = false;
  let dashdash = false;
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as { value: string }).value;
    if (dashdash) {
      paths.push(v);
      continue;
    }
    if (v === '--') {
      dashdash = true;
      continue;
    }
    if (v.startsWith('--')) {
      const name = v.includes('=') ? v.slice(0, v.indexOf('=')) : v;
      if (name === '--help' || name === '--version') {
        help = true;
        continue;
      }
      const valued = spec.valued.find((full) => longOption(name, full));
      if (valued) {
        if (!v.includes('=')) i++;
        continue;
      }
      const negated = name.startsWith('--no-');
      const base = negated ? '--' + name.slice(5) : name;
      const full = Object.values(spec.flags).find((f) => longOption(base, f));
      if (full) flags.set(full, !negated);
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      for (let j = 1; j < v.length; j++) {
        const ch = v[j] as string;
        if (ch === 'h') help = true;
        const full = spec.flags[ch];
        if (full) flags.set(full, true);
        if ((spec.shortValued ?? '').includes(ch)) {
          if (j === v.length - 1) i++;
          break;
        }
      }
      continue;
    }
    paths.push(v);
  }
  return { flags, paths, help };
}

export const restoreWorktree: Rule = {
  id: 'git/restore-worktree',
  severity: 'high',
  verdict: 'confirm',
  reason: 'restores files in the working tree, discarding their uncommitted changes',
  safer: 'git restore --staged only unstages; stash first to keep the changes',
  tool: 'git',
  commands: ['git'],
  argWords: ['restore'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'restore') return undefined;
    const scan = scanOptions(inv.args, {
      valued: ['--source', '--pathspec-from-file', '--conflict', '--unified', '--inter-hunk-context'],
      flags: { S: '--staged', W: '--worktree', p: '--patch', staged: '--staged', worktree: '--worktree', patch: '--patch', pff: '--pathspec-from-file' },
      shortValued: 'sU',
    });
    if (scan.help) return undefined;
    const staged = scan.flags.get('--staged') === true;
    const worktree = scan.flags.get('--worktree');
    if (worktree === false || (staged && worktree !== true)) return undefined;
    const fromFile = inv.args.some((a) => longOption(a.value, '--pathspec-from-file'));
    if (scan.paths.length === 0 && !fromFile && scan.flags.get('--patch') !== true) return undefined;
    return { target: scan.paths.length > 0 ? pathsTarget(scan.paths) : repoTarget(inv, ctx) };
  },
};

export const cleanForce: Rule = {
  id: 'git/clean-force',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes untracked files, which git never saved anywhere',
  safer: 'run git clean -n first to see what would go',
  tool: 'git',
  commands: ['git'],
  argWords: ['clean'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'clean') return undefined;
    const args = inv.args;
    if (hasShort(args, 'n', 'e') || hasLong(args, '--dry-run')) return undefined;
    if (!(hasShort(args, 'f', 'e') || hasLong(args, '--force') || hasShort(args, 'i', 'e') || hasLong(args, '--interactive'))) return undefined;
    const { before, after } = positionals(args, ['--exclude'], 'e');
    const paths = [...before, ...after];
    return { target: paths.length > 0 ? pathsTarget(paths) : repoTarget(inv, ctx) };
  },
};

export const rmForce: Rule = {
  id: 'git/rm-force',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'removes files together with their uncommitted changes',
  tool: 'git',
  commands: ['git'],
  argWords: ['rm'],
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'rm') return undefined;
    const scan = scanOptions(inv.args, {
      valued: ['--pathspec-from-file'],
      flags: { f: '--force', n: '--dry-run', r: '-r', q: '--quiet', force: '--force', cached: '--cached', dry: '--dry-run' },
    });
    const cached = inv.args.some((a) => a.value === '--cached') && !inv.args.slice(inv.args.findIndex((a) => a.value === '--cached') + 1).some((a) => a.value === '--no-cached');
    if (scan.help || scan.flags.get('--force') !== true || scan.flags.get('--dry-run') === true || cached) return undefined;
    return scan.paths.length > 0 ? { target: pathsTarget(scan.paths) } : undefined;
  },
};

export const worktreeRemoveForce: Rule = {
  id: 'git/worktree-remove-force',
  severity: 'high',
  verdict: 'confirm',
  reason: 'removes a worktree together with its uncommitted changes',
  tool: 'git',
  commands: ['git'],
  argWords: ['worktree'],
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'worktree' || inv.args[0]?.value !== 'remove') return undefined;
    const rest = inv.args.slice(1);
    if (!(hasShort(rest, 'f') || hasLong(rest, '--force'))) return undefined;
    const { before } = positionals(rest);
    return { target: before[0] ?? 'worktree' };
  },
};
