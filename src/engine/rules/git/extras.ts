import type { Rule } from '../rule';
import { readGit, repoTarget, positionals } from './gitCommand';

/**
 * Third-party git commands (git-extras and similar) that run the operations above under another name:
 * `git clear` is reset --hard plus clean, `git reauthor` runs filter-branch, `git delete-branch` deletes
 * locally and on the remote.
 */
const DISCARDING: Readonly<Record<string, string>> = {
  clear: 'resets and cleans the working tree (git reset --hard and git clean)',
  'clear-soft': 'resets the working tree (git reset --hard)',
  'delete-branch': 'deletes branches locally and on the remote',
  'delete-squashed-branches': 'deletes branches that look squash-merged',
  'delete-submodule': 'deletes a submodule and its files',
  'delete-tag': 'deletes a tag locally and on the remote',
  'force-clone': 'clones over an existing folder, replacing its contents',
  'fresh-branch': 'creates an empty branch, removing every file from the working tree',
  obliterate: 'rewrites history to remove files everywhere',
  reauthor: 'rewrites history (filter-branch) to change authors',
  'rename-branch': 'renames a branch locally and deletes the old name on the remote',
  'rename-tag': 'renames a tag and deletes the old one on the remote',
  'reset-file': 'overwrites a file with a committed version',
  sync: 'resets the branch to the remote (git reset --hard)',
  unpublish: 'deletes a branch on the remote',
  scrub: 'rewrites history',
};

export const extrasDestructive: Rule = {
  id: 'git/extras-destructive',
  severity: 'high',
  verdict: 'confirm',
  reason: 'runs a git-extras command that discards work or rewrites history',
  tool: 'git',
  commands: ['git'],
  argWords: [...Object.keys(DISCARDING), 'undo', 'mr', 'pr', 'magic'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (!inv) return undefined;
    const values = inv.args.map((a) => a.value);
    if (values.includes('-h') || values.includes('--help')) return undefined;
    let what = DISCARDING[inv.sub];
    if (!what && inv.sub === 'undo' && values.some((v) => v === '--hard' || v === '-h')) what = 'undoes commits discarding their changes (reset --hard)';
    if (!what && (inv.sub === 'mr' || inv.sub === 'pr') && values[0] === 'clean') what = 'deletes checked-out merge-request branches';
    if (!what && inv.sub === 'magic' && values.some((v) => /^-[a-z]*f/.test(v))) what = 'commits and force-pushes';
    if (!what) return undefined;
    const { before } = positionals(inv.args);
    const target = inv.sub === 'clear' || inv.sub === 'clear-soft' || inv.sub === 'sync' || inv.sub === 'magic' || inv.sub === 'undo' || inv.sub === 'mr' || inv.sub === 'pr' ? repoTarget(inv, ctx) : before.length === 1 ? (before[0] as string) : before.length > 1 ? `${before.length} names` : repoTarget(inv, ctx);
    return { target, reason: `git ${inv.sub} ${what}` };
  },
};
