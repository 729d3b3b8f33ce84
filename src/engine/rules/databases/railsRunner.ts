import type { Rule } from '../rule';

const DESTROYERS = /\.(?:destroy_all|delete_all|destroy_by|delete_by)\b|\b(?:drop_table|truncate|drop_database|purge)\b|\.(?:destroy|delete)!?\b/;

/** `rails runner "Project.destroy_all"`: Ruby run against the app's database. */
export const railsRunner: Rule = {
  id: 'databases/rails-runner-destroy',
  severity: 'high',
  verdict: 'confirm',
  reason: 'runs Ruby that destroys database records through the application',
  tool: 'framework',
  commands: ['rails', 'gitlab-rails', 'rake'],
  match(cmd) {
    const v = cmd.args.map((a) => a.value);
    const at = v.findIndex((x) => x === 'runner' || x === 'r');
    if (at < 0) return undefined;
    let code: string | undefined;
    let environment: string | undefined;
    for (let i = at + 1; i < v.length; i++) {
      const x = v[i] as string;
      if (x === '-e' || x === '--environment') environment = v[++i];
      else if (x.startsWith('--environment=')) environment = x.slice('--environment='.length);
      else if (!x.startsWith('-')) {
        code = x;
        break;
      }
    }
    if (!code || !DESTROYERS.test(code)) return undefined;
    const model = /([A-Z]\w*)(?:\.\w+|\([^)]*\))*\.(?:destroy|delete)/.exec(code)?.[1];
    const hints = environment ? [{ kind: 'flag' as const, value: environment, label: `from --environment ${environment}` }] : [];
    return { target: model ?? 'records', hints };
  },
};
