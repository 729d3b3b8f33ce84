// Per rule id: Fly.io lines the fly pack must gate, and look-alikes (including Concourse's `fly`).

import type { RuleCases } from './ruleTable';

export const flyCases: RuleCases[] = [
  {
    rule: 'fly/destroy',
    gate: [
      { command: 'fly volumes destroy vol_123 -y', target: 'vol_123', environment: 'unknown' },
      { command: 'fly volumes delete vol_1 vol_2 -a shop-prod', target: '2 volumes', environment: 'production' },
      { command: 'fly apps destroy shop-staging', target: 'shop-staging' },
      { command: 'fly destroy my-app --yes', target: 'my-app' },
      { command: 'flyctl postgres destroy shop-db', target: 'shop-db' },
      { command: 'fly machine destroy 148ed --force -a api', target: '148ed' },
      { command: 'fly apps destroy -a prod-api', target: 'prod-api', environment: 'production' },
      { command: 'FLY_APP=api-prod fly volumes destroy vol_9', target: 'vol_9', environment: 'production' },
    ],
    allow: ['fly deploy', 'fly status --app x', 'flyctl apps list', 'fly volumes list', 'fly secrets unset KEY', 'fly certs remove example.com', 'fly ips release 1.2.3.4', 'fly -t target_name destroy-pipeline -p pipeline_name'],
  },
];
