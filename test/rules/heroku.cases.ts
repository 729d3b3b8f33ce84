// Per rule id: Heroku lines the heroku pack must gate, and look-alikes (configuration deletes).

import type { RuleCases } from './ruleTable';

export const herokuCases: RuleCases[] = [
  {
    rule: 'heroku/destroy',
    gate: [
      { command: 'heroku apps:destroy --app shop-prod --confirm shop-prod', target: 'shop-prod', environment: 'production' },
      { command: 'heroku destroy --app app_name', target: 'app_name', environment: 'unknown' },
      { command: 'heroku apps:destroy shop', target: 'shop' },
      { command: 'heroku pg:reset DATABASE_URL -a shop', target: 'shop' },
      { command: 'heroku pg:reset -r production', target: 'project', environment: 'production' },
      { command: 'heroku addons:destroy heroku-postgresql -a shop', target: 'heroku-postgresql' },
      { command: 'heroku pg:backups:delete b101 -a shop', target: 'b101' },
      { command: 'HEROKU_APP=shop-staging heroku pg:reset', target: 'project', environment: 'staging' },
    ],
    allow: ['heroku login', 'heroku logs --app x', 'heroku ps --app x', 'heroku config:unset KEY -a x', 'heroku domains:remove example.com', 'heroku access:remove user@x.com', 'heroku pg:backups:capture -a x', 'heroku create'],
  },
];
