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
    const code = v.slice(at + 1).find((x) => !x.startsWith('-'));
    if (!code || !DESTROYERS.test(code)) return undefined;
    const model = /([A-Z]\w*)(?:\.\w+)*\.(?:destroy|delete)/.exec(code)?.[1];
    return { target: model ?? 'records' };
  },
};
