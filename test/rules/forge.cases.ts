// Per rule id: GitHub/GitLab CLI lines the forge pack must gate and look-alikes it must let through.

import type { RuleCases } from './ruleTable';

export const forgeCases: RuleCases[] = [
  {
    rule: 'forge/repo-or-api-delete',
    gate: [
      { command: 'gh repo delete o/r', target: 'o/r', environment: 'unknown' },
      // --yes answers gh's own prompt; it is not a human's consent.
      { command: 'gh repo delete o/r --yes', target: 'o/r' },
      { command: 'gh repo delete --repo o/r', target: 'o/r' },
      { command: 'glab repo delete group/proj', target: 'group/proj' },
      // An API DELETE types the last path segment.
      { command: 'gh api -X DELETE /repos/o/r/hooks/1', target: '1' },
      { command: 'gh api --method DELETE repos/o/r/git/refs/heads/feature', target: 'feature' },
      { command: 'gh api -X delete /repos/o/r/hooks/1', target: '1' },
      { command: 'gh api -X DELETE /repos/o/r/', target: 'r' },
      { command: 'gh api -X DELETE "/repos/o/r/environments/prod?x=1"', target: 'prod' },
      { command: 'gh api /repos/o/r -X DELETE', target: 'r' },
      { command: 'glab api -X DELETE projects/1/hooks/2', target: '2' },
      { command: 'sudo gh repo delete o/r', target: 'o/r' },
    ],
    allow: [
      'gh repo view o/r',
      'gh repo create o/r --private',
      'gh repo archive o/r',
      'gh api /repos/o/r/hooks',
      'gh api -X GET /repos/o/r',
      'gh api -X POST /repos/o/r/issues -f title=x',
      'gh api -X PATCH /repos/o/r -f archived=true',
      'gh pr close 12',
      'glab repo view group/proj',
    ],
  },
];
