import type { Rule } from '../rule';
import { parseArgs, optionValue, preAnswered } from '../args';

/** `gh repo delete`, `glab repo delete`, and `gh api`/`glab api` DELETE requests: a repository or its settings gone. */
export const forgeDelete: Rule = {
  id: 'forge/repo-or-api-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'deletes a repository, or sends a DELETE to the GitHub/GitLab API',
  safer: 'archive the repository instead of deleting it',
  tool: 'platform',
  commands: ['gh', 'glab'],
  match(cmd, ctx) {
    const words = cmd.args.map((a) => a.value);
    const a = parseArgs(words, { valued: ['-X', '--method', '-H', '--header', '-f', '--field', '-F', '--raw-field', '--hostname', '--jq', '-q', '--template', '-t', '-R', '--repo', '--input', '--cache'] });
    const [group, verb] = a.positionals;
    if (a.options.has('--help') || a.options.has('-h')) return undefined;
    if (group === 'repo' && verb === 'delete') {
      // Without a name, gh deletes the repository of the current folder.
      const here = ctx.cwd.slice(ctx.cwd.lastIndexOf('/') + 1);
      return { target: a.positionals[2] ?? optionValue(a, '-R', '--repo') ?? here, preAnswered: preAnswered(a) };
    }
    if (group === 'api') {
      const method = (optionValue(a, '-X', '--method') ?? '').toUpperCase();
      if (method !== 'DELETE') return undefined;
      const path = (a.positionals[1] ?? '').replace(/[?#].*$/, '').replace(/\/+$/, '');
      return { target: path.slice(path.lastIndexOf('/') + 1) || path || 'resource', reason: `sends DELETE ${path} to the ${cmd.name === 'gh' ? 'GitHub' : 'GitLab'} API` };
    }
    return undefined;
  },
};

export const forgeRules: readonly Rule[] = [forgeDelete];
