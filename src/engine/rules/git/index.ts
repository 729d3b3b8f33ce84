import type { Rule } from '../rule';
import { resetHard, checkoutDiscard, switchDiscard, restoreWorktree, cleanForce, rmForce, worktreeRemoveForce } from './workingTree';
import { stashDrop, branchForceDelete, pushForce, pushDelete, historyRewrite } from './refs';
import { extrasDestructive } from './extras';

export const gitRules: readonly Rule[] = [
  resetHard,
  checkoutDiscard,
  switchDiscard,
  restoreWorktree,
  cleanForce,
  rmForce,
  worktreeRemoveForce,
  stashDrop,
  branchForceDelete,
  pushForce,
  pushDelete,
  historyRewrite,
  extrasDestructive,
];
