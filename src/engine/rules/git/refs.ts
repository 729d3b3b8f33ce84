// Rules for git operations that delete refs, stashes and history, locally or on a remote.

import type { Rule, RuleContext } from '../rule';
import { hasLong, hasShort, longOption, positionals, readGit, repoTarget } from './gitCommand';
import { globMatch } from '../../resolve/glob';
import { DEFAULT_PROTECTED_BRANCHES } from '../../model/policy';

export const stashDrop: Rule = {
  id: 'git/stash-drop',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'deletes stashed changes; they exist nowhere else',
  safer: 'git stash pop applies and keeps the stash if it conflicts',
  tool: 'git',
  commands: ['git'],
  argWords: ['stash'],
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'stash') return undefined;
    const verb = inv.args[0]?.value;
    if (verb === 'clear') return { target: 'all stashes' };
    if (verb === 'drop') return { target: inv.args.slice(1).find((a) => !a.value.startsWith('-'))?.value ?? 'stash@{0}' };
    return undefined;
  },
};

export const branchForceDelete: Rule = {
  id: 'git/branch-force-delete',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'deletes a branch even if its commits are merged nowhere',
  safer: 'git branch -d refuses when the branch is not merged',
  tool: 'git',
  commands: ['git'],
  argWords: ['branch'],
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'branch') return undefined;
    const a = inv.args;
    const force = hasShort(a, 'D') || ((hasShort(a, 'd') || hasLong(a, '--delete')) && (hasShort(a, 'f') || hasLong(a, '--force')));
    if (!force) return undefined;
    const { before, after } = positionals(a);
    const names = [...before, ...after];
    if (names.length === 0) return undefined;
    return { target: names.length === 1 ? (names[0] as string) : `${names.length} branches` };
  },
};

function protectedBranch(name: string, ctx: RuleContext): boolean {
  const list = ctx.input.policy?.protectedBranches ?? DEFAULT_PROTECTED_BRANCHES;
  const short = name.replace(/^refs\/heads\//, '');
  return list.some((g) => globMatch(g, short));
}

const PUSH_VALUED = ['--repo', '--receive-pack', '--exec', '--push-option', '--recurse-submodules'];

export const pushForce: Rule = {
  id: 'git/push-force-protected',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'force-pushes over a protected branch, replacing its history on the remote for everyone',
  safer: 'push to a new branch and open a pull request',
  tool: 'git',
  commands: ['git'],
  argWords: ['push'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'push') return undefined;
    const a = inv.args;
    // --force-if-includes alone forces nothing; every other --force* spelling does.
    const forceAll = hasShort(a, 'f', 'o') || a.some((x) => (x.value.startsWith('--force') || longOption(x.value, '--force')) && !x.value.startsWith('--force-if-includes')) || hasLong(a, '--mirror');
    const { before, after } = positionals(a, PUSH_VALUED, 'o');
    const refspecs = [...before.slice(1), ...after];
    const branch = ctx.input.facts?.gitBranch;
    if (refspecs.length === 0) {
      if (!forceAll) return undefined;
      if (hasLong(a, '--mirror') || hasLong(a, '--all')) return { target: before[0] ?? 'origin', reason: 'force-pushes every branch, replacing remote history' };
      if (branch && !protectedBranch(branch, ctx)) return undefined;
      if (branch) return { target: branch };
      return { target: 'current branch', reason: 'force-pushes a branch that cannot be determined from the line' };
    }
    for (const spec of refspecs) {
      const plus = spec.startsWith('+');
      const body = plus ? spec.slice(1) : spec;
      if (body.startsWith(':')) continue; // a delete: git/push-delete
      const dst = body.includes(':') ? body.slice(body.indexOf(':') + 1) : body;
      if (!(plus || forceAll)) continue;
      const name = dst === 'HEAD' || dst === '@' ? branch : dst;
      if (name === undefined) return { target: 'current branch', reason: 'force-pushes a branch that cannot be determined from the line' };
      if (protectedBranch(name, ctx)) return { target: name.replace(/^refs\/heads\//, '') };
    }
    return undefined;
  },
};

export const pushDelete: Rule = {
  id: 'git/push-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes a branch or tag on the remote',
  tool: 'git',
  commands: ['git'],
  argWords: ['push'],
  match(cmd) {
    const inv = readGit(cmd);
    if (inv?.sub !== 'push') return undefined;
    const a = inv.args;
    const { before } = positionals(a, PUSH_VALUED, 'o');
    const refs = before.slice(1);
    if (hasShort(a, 'd', 'o') || hasLong(a, '--delete')) {
      return refs.length > 0 ? { target: refs.length === 1 ? (refs[0] as string) : `${refs.length} branches` } : undefined;
    }
    const deletes = refs.filter((r) => /^\+?:[^:]+$/.test(r)).map((r) => r.replace(/^\+?:/, ''));
    if (deletes.length > 0) return { target: deletes.length === 1 ? (deletes[0] as string) : `${deletes.length} branches` };
    if (hasLong(a, '--prune')) return { target: before[0] ?? 'origin', reason: 'deletes every remote branch that has no local counterpart' };
    return undefined;
  },
};

export const historyRewrite: Rule = {
  id: 'git/history-destroy',
  severity: 'high',
  verdict: 'confirm',
  reason: 'rewrites or prunes history and recovery points (reflog, unreachable objects, refs)',
  safer: 'make a backup clone first',
  tool: 'git',
  commands: ['git'],
  argWords: ['filter-branch', 'filter-repo', 'reflog', 'gc', 'prune', 'update-ref', 'symbolic-ref'],
  match(cmd, ctx) {
    const inv = readGit(cmd);
    if (!inv) return undefined;
    const first = inv.args[0]?.value;
    switch (inv.sub) {
      case 'filter-branch':
      case 'filter-repo':
        return inv.args.some((x) => x.value === '-h' || x.value === '--help') ? undefined : { target: repoTarget(inv, ctx) };
      case 'reflog':
        return first === 'expire' || first === 'delete' ? { target: 'reflog' } : undefined;
      case 'gc':
        return inv.args.some((x) => /^--prune=(?:now|all)$/.test(x.value) || x.value === '--prune=0') ? { target: repoTarget(inv, ctx) } : undefined;
      case 'prune':
        return inv.args.some((x) => x.value === '-n' || x.value === '--dry-run') ? undefined : { target: repoTarget(inv, ctx) };
      case 'update-ref':
        return hasShort(inv.args, 'd') || hasLong(inv.args, '--delete') ? { target: positionals(inv.args, ['-m']).before[0] ?? 'ref' } : undefined;
      case 'symbolic-ref':
        return hasShort(inv.args, 'd') || hasLong(inv.args, '--delete') ? { target: positionals(inv.args, ['-m']).before[0] ?? 'ref' } : undefined;
      default:
        return undefined;
    }
  },
};
