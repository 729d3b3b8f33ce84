// Per rule id: git lines the pack must gate and look-alikes it must let through.
// With no git facts, an action on the whole repository types the folder's name: the test cwd is
// /home/dev/project, so `project`.

import type { RuleCases } from './ruleTable';

export const gitCases: RuleCases[] = [
  {
    rule: 'git/reset-hard',
    gate: [
      { command: 'git reset --hard', target: 'project' },
      { command: 'git reset --hard HEAD~1', target: 'project' },
      { command: 'git reset --hard origin/main', target: 'project' },
      // git accepts unambiguous abbreviations of long options.
      { command: 'git reset --har origin/main', target: 'project' },
      { command: 'git reset --merge', target: 'project' },
      { command: 'git -C ../other reset --hard', target: 'other' },
      { command: 'git --work-tree=/srv/app reset --hard', target: 'app' },
      { command: 'git -c alias.nuke="reset --hard" nuke', target: 'project' },
      { command: 'sudo git reset --hard', target: 'project' },
      { command: 'git fetch && git reset --hard origin/main', target: 'project' },
    ],
    allow: ['git reset --soft HEAD~1', 'git reset HEAD file.txt', 'git reset', 'git reset --mixed', 'git commit -m "reset --hard everything"', 'git log --grep="reset --hard"'],
  },
  {
    rule: 'git/checkout-discard',
    gate: [
      { command: 'git checkout -- src/app.ts', target: 'src/app.ts' },
      { command: 'git checkout -- a.ts b.ts', target: '2 paths' },
      { command: 'git checkout .', target: '.' },
      { command: 'git checkout HEAD -- src/app.ts', target: 'src/app.ts' },
      { command: 'git checkout main -- package.json', target: 'package.json' },
      { command: 'git checkout src/app.ts', target: 'src/app.ts' },
      { command: 'git checkout -f main', target: 'project' },
      { command: 'git checkout-index -a -f', target: 'project' },
    ],
    allow: ['git checkout main', 'git checkout -b feature', 'git checkout feature/x', 'git checkout v1.2.3', 'git checkout -', 'git checkout -h', 'git checkout-index --prefix=out/ -a -f'],
  },
  {
    rule: 'git/switch-discard',
    gate: [
      { command: 'git switch --discard-changes main', target: 'project' },
      { command: 'git switch -f main', target: 'project' },
      { command: 'git switch --force main', target: 'project' },
    ],
    allow: ['git switch main', 'git switch -c new', 'git switch -'],
  },
  {
    rule: 'git/restore-worktree',
    gate: [
      { command: 'git restore src/app.ts', target: 'src/app.ts' },
      { command: 'git restore .', target: '.' },
      { command: 'git restore a.ts b.ts', target: '2 paths' },
      { command: 'git restore --staged --worktree src/app.ts', target: 'src/app.ts' },
      { command: 'git restore -SW src/app.ts', target: 'src/app.ts' },
      { command: 'git restore --source=HEAD~2 a.ts', target: 'a.ts' },
      { command: 'git restore --source HEAD~2 -- a.ts', target: 'a.ts' },
    ],
    allow: ['git restore --staged src/app.ts', 'git restore -S src/app.ts', 'git restore --staged .', 'git restore', 'git restore -h'],
  },
  {
    rule: 'git/clean-force',
    gate: [
      { command: 'git clean -fd', target: 'project' },
      { command: 'git clean -f', target: 'project' },
      { command: 'git clean -xdf', target: 'project' },
      { command: 'git clean --force -d', target: 'project' },
      { command: 'git clean -ffdx', target: 'project' },
      { command: 'git clean -fdx build/', target: 'build/' },
      { command: 'git clean -fd -e .env', target: 'project' },
      { command: 'git -C ../other clean -fd', target: 'other' },
    ],
    allow: ['git clean -n', 'git clean -nd', 'git clean -fdn', 'git clean --dry-run', 'git clean -d', 'git clean -f --dry-run'],
  },
  {
    rule: 'git/rm-force',
    gate: [
      { command: 'git rm -f file.txt', target: 'file.txt' },
      { command: 'git rm -rf src', target: 'src' },
      { command: 'git rm --force a b', target: '2 paths' },
    ],
    allow: ['git rm file.txt', 'git rm --cached -f file.txt', 'git rm -r --cached .', 'git rm -f -n file.txt'],
  },
  {
    rule: 'git/worktree-remove-force',
    gate: [
      { command: 'git worktree remove --force ../wt', target: '../wt' },
      { command: 'git worktree remove -f ../wt', target: '../wt' },
    ],
    allow: ['git worktree remove ../wt', 'git worktree add ../wt', 'git worktree list', 'git worktree prune'],
  },
  {
    rule: 'git/stash-drop',
    gate: [
      { command: 'git stash drop', target: 'stash@{0}' },
      { command: 'git stash drop stash@{2}', target: 'stash@{2}' },
      { command: 'git stash clear', target: 'all stashes' },
    ],
    allow: ['git stash pop', 'git stash', 'git stash list', 'git stash apply', 'git stash push -m wip', 'git stash show -p'],
  },
  {
    rule: 'git/branch-force-delete',
    gate: [
      { command: 'git branch -D feature', target: 'feature' },
      { command: 'git branch -D a b', target: '2 branches' },
      { command: 'git branch --delete --force feature', target: 'feature' },
      { command: 'git branch -df feature', target: 'feature' },
      { command: 'git branch -d -f feature', target: 'feature' },
    ],
    allow: ['git branch -d feature', 'git branch --delete feature', 'git branch feature', 'git branch -a', 'git branch -D'],
  },
  {
    rule: 'git/push-force-protected',
    gate: [
      { command: 'git push --force origin main', target: 'main' },
      { command: 'git push -f origin main', target: 'main' },
      { command: 'git push --force-with-lease origin main', target: 'main' },
      { command: 'git push --force-with-lease=main:abc123 origin main', target: 'main' },
      { command: 'git push origin +main', target: 'main' },
      { command: 'git push origin +HEAD:main', target: 'main' },
      { command: 'git push origin +refs/heads/main', target: 'main' },
      { command: 'git push --force origin master', target: 'master' },
      { command: 'git push --force origin trunk', target: 'trunk' },
      { command: 'git push --force origin production', target: 'production' },
      { command: 'git push --force origin release/1.0', target: 'release/1.0' },
      { command: 'git push --force origin feature:main', target: 'main' },
      { command: 'git push --forc origin main', target: 'main' },
      // No refspec and no git facts: the branch cannot be determined.
      { command: 'git push --force', target: 'current branch' },
      { command: 'git push -f origin HEAD', target: 'current branch' },
      { command: 'git push --mirror backup', target: 'backup' },
    ],
    allow: [
      'git push --force origin feature',
      'git push -f origin feature/x',
      'git push origin +feature',
      'git push --force-with-lease origin fix/login',
      'git push',
      'git push origin main',
      'git push -u origin main',
      'git push --force-if-includes origin main',
      'git push --tags',
    ],
  },
  {
    rule: 'git/push-delete',
    gate: [
      { command: 'git push origin --delete feature', target: 'feature' },
      { command: 'git push origin -d feature', target: 'feature' },
      { command: 'git push origin :feature', target: 'feature' },
      { command: 'git push origin :a :b', target: '2 branches' },
      { command: 'git push --delete origin v1.0', target: 'v1.0' },
      { command: 'git push --prune origin', target: 'origin' },
    ],
    allow: ['git push origin feature', 'git push origin feature:feature', 'git fetch --prune', 'git remote prune origin'],
  },
  {
    rule: 'git/history-destroy',
    gate: [
      { command: "git filter-branch --tree-filter 'rm -f x' HEAD", target: 'project' },
      { command: 'git filter-repo --path secret --invert-paths', target: 'project' },
      { command: 'git reflog expire --expire=now --all', target: 'reflog' },
      { command: 'git reflog delete HEAD@{1}', target: 'reflog' },
      { command: 'git gc --prune=now', target: 'project' },
      { command: 'git gc --aggressive --prune=all', target: 'project' },
      { command: 'git prune', target: 'project' },
      { command: 'git update-ref -d refs/heads/x', target: 'refs/heads/x' },
      { command: 'git update-ref --delete refs/tags/v1', target: 'refs/tags/v1' },
      { command: 'git symbolic-ref -d HEAD', target: 'HEAD' },
    ],
    allow: ['git reflog', 'git reflog show', 'git gc', 'git gc --aggressive', 'git prune -n', 'git update-ref refs/heads/x abc123', 'git filter-branch --help'],
  },
  {
    rule: 'git/extras-destructive',
    gate: [
      { command: 'git clear', target: 'project' },
      { command: 'git clear-soft', target: 'project' },
      { command: 'git undo --hard', target: 'project' },
      { command: 'git sync', target: 'project' },
      { command: 'git delete-branch feature', target: 'feature' },
      { command: 'git delete-tag v1 v2', target: '2 names' },
      { command: 'git obliterate secrets.txt', target: 'secrets.txt' },
    ],
    allow: ['git undo', 'git undo 2', 'git summary', 'git clear --help', 'git log --oneline'],
  },
];
