// Per rule id: Railway CLI lines the railway pack must gate, and look-alikes.

import type { RuleCases } from './ruleTable';

export const railwayCases: RuleCases[] = [
  {
    rule: 'railway/delete',
    gate: [
      { command: 'railway volume delete --volume prod-db --yes', target: 'prod-db', environment: 'production' },
      { command: 'railway volume rm --volume vol_123 -e staging', target: 'vol_123', environment: 'staging' },
      { command: 'railway service delete --service postgres --yes', target: 'postgres', environment: 'unknown' },
      { command: 'railway environment delete production --yes', target: 'production', environment: 'production' },
      { command: 'railway env rm pr-42', target: 'pr-42' },
      { command: 'railway delete --yes', target: 'project' },
      { command: 'railway project rm shop --yes', target: 'shop' },
      { command: 'railway down --yes', target: 'project' },
      { command: 'railway down -s api -e production', target: 'api', environment: 'production' },
      { command: 'railway functions delete --function prod-worker --yes', target: 'prod-worker' },
      { command: 'railway variable delete DATABASE_URL', target: 'DATABASE_URL' },
      { command: 'railway volume delete --volume data', target: 'data', env: { HOME: '/home/dev', RAILWAY_ENVIRONMENT: 'production' }, environment: 'production' },
      { command: 'railway service list && railway volume delete --volume prod-db --yes', target: 'prod-db' },
    ],
    allow: ['railway status', 'railway up', 'railway volume list', 'railway volume detach --volume prod-db --yes', 'railway variable set A=1', 'railway logs --service web', 'railway link project_id', 'railway run npm test'],
  },
];
