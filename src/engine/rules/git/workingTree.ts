// Rules for git operations that throw away uncommitted work in the working tree.

import type { Rule } from '../rule';
import { hasLong, hasShort, positionals, readGit, repoTarget } from './gitCommand';
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
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'reset') return undefined;
    if (!hasLong(inv.args, '--hard') && !hasLong(inv.args, '--merge')) return undefined;
    return { target: repoTarget(inv, ctx) };
  },
};

const CHECKOUT_VALUED = ['--conflict', '--inter-hunk-context', '--unified', '--orphan', '--pathspec-from-file', '--track', '--recurse-submodules'];

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
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (!inv) return undefined;
    if (inv.sub === 'checkout-index') {
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
    void CHECKOUT_VALUED;
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
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'switch') return undefined;
    if (hasLong(inv.args, '--discard-changes') || hasLong(inv.args, '--force') || hasShort(inv.args, 'f', 'cC')) return { target: repoTarget(inv, ctx) };
    return undefined;
  },
};

export const restoreWorktree: Rule = {
  id: 'git/restore-worktree',
  severity: 'high',
  verdict: 'confirm',
  reason: 'restores files in the working tree, discarding their uncommitted changes',
  safer: 'git restore --staged only unstages; stash first to keep the changes',
  tool: 'git',
  commands: ['git'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'restore') return undefined;
    const { before, after, dashdash } = positionals(inv.args, ['--source', '--pathspec-from-file', '--conflict', '--unified', '--inter-hunk-context'], 'sU');
    if (!dashdash && (inv.args.some((a) => a.value === '-h') || hasLong(inv.args, '--help'))) return undefined;
    const staged = hasLong(inv.args, '--staged') || hasShort(inv.args, 'S', 's');
    const worktree = hasLong(inv.args, '--worktree') || hasShort(inv.args, 'W', 's');
    if (staged && !worktree) return undefined;
    const paths = [...before, ...after];
    if (paths.length === 0 && !hasLong(inv.args, '--pathspec-from-file') && !hasShort(inv.args, 'p', 's') && !hasLong(inv.args, '--patch')) return undefined;
    return { target: paths.length > 0 ? pathsTarget(paths) : repoTarget(inv, ctx) };
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
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'rm') return undefined;
    const { before, after } = positionals(inv.args, ['--pathspec-from-file']);
    const beforeDash = inv.args.slice(0, inv.args.findIndex((a) => a.value === '--') >= 0 ? inv.args.findIndex((a) => a.value === '--') : inv.args.length);
    if (!(hasShort(beforeDash, 'f') || hasLong(beforeDash, '--force'))) return undefined;
    const paths = [...before, ...after];
    return paths.length > 0 ? { target: pathsTarget(paths) } : undefined;
  },
};

export const worktreeRemoveForce: Rule = {
  id: 'git/worktree-remove-force',
  severity: 'high',
  verdict: 'confirm',
  reason: 'removes a worktree together with its uncommitted changes',
  tool: 'git',
  commands: ['git'],
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'worktree' || inv.args[0]?.value !== 'remove') return undefined;
    const rest = inv.args.slice(1);
    if (!(hasShort(rest, 'f') || hasLong(rest, '--force'))) return undefined;
    const { before } = positionals(rest);
    return { target: before[0] ?? 'worktree' };
  },
};
