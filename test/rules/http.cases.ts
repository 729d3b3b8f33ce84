// Per rule id: requests the http pack must gate (typed target, environment) and look-alikes it lets through.

import type { RuleCases } from './ruleTable';

const P = '/home/dev/project';
const STAGING_TERMINAL = { HOME: '/home/dev', PATH: '/usr/bin:/bin', RAILWAY_ENVIRONMENT: 'staging', RAILWAY_TOKEN: 'tok' };

const INCIDENT_BODY = '{"query":"mutation volumeDelete($volumeId: String!) { volumeDelete(volumeId: $volumeId) }","variables":{"volumeId":"3f9c2a71-prod-vol"}}';
const INCIDENT = `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H 'Content-Type: application/json' -d '${INCIDENT_BODY}'`;

export const httpCases: RuleCases[] = [
  {
    rule: 'http/graphql-destroying-mutation',
    gate: [
      // The April 2026 incident: staging in the terminal says nothing about where an account token lands.
      { command: INCIDENT, target: '3f9c2a71-prod-vol', environment: 'unknown', env: STAGING_TERMINAL },
      {
        command: `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H 'Content-Type: application/json' -d @- <<'EOF'\n${INCIDENT_BODY}\nEOF`,
        target: '3f9c2a71-prod-vol',
        environment: 'unknown',
        env: STAGING_TERMINAL,
      },
      {
        command: 'curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" --data @body.json',
        target: '3f9c2a71-prod-vol',
        environment: 'unknown',
        env: STAGING_TERMINAL,
        files: { [`${P}/body.json`]: INCIDENT_BODY },
      },
      { command: `echo '${INCIDENT_BODY}' | curl https://backboard.railway.com/graphql/v2 --data-binary @-`, target: '3f9c2a71-prod-vol' },
      { command: `curl https://backboard.railway.com/graphql/v2 -d @req.json`, target: '3f9c2a71-prod-vol', files: { [`${P}/req.json`]: `[{"query":"query { me { id } }"}, ${INCIDENT_BODY}]` } },
      { command: `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { projectDelete(id:\\"p\\") }"}'`, target: 'p' },
      { command: `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { serviceDelete(id:\\"s\\", environmentId:\\"e\\") }"}'`, target: 's' },
      { command: `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { variableDelete(input:{projectId:\\"p\\", environmentId:\\"e\\", name:\\"DATABASE_URL\\"}) }"}'`, target: 'DATABASE_URL' },
      { command: `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeInstanceBackupDelete(input:{volumeInstanceId:\\"v\\", backupId:\\"b\\"}) }"}'`, target: 'b' },
      // Defaults, aliases, fragments and the chosen operation.
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation M($id: ID = \\"vol-default\\") { gone: volumeDelete(volumeId: $id) }"}'`, target: 'vol-default' },
      { command: `curl https://api.example.com/graphql -d '{"query":"query A { me { id } } mutation B { deleteProject(id: 7) }","operationName":"B"}'`, target: '7' },
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation { ...F } fragment F on Mutation { scheduleAccountDeletion(accountId: \\"acc1\\") }"}'`, target: 'acc1' },
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation { user(id: 42) { delete } }"}'`, target: '42' },
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation { ... on Mutation { projectRemove(id: \\"p9\\") } }"}'`, target: 'p9' },
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation($id: ID!) { volumeDelete(volumeId: $id) }"}'`, target: '$id' },
      // Bare documents, form fields, HTTPie and xh items.
      { command: `curl -X PATCH https://api.example.com/graphql -d "mutation { projectDelete(id: \\"p1\\") }"`, target: 'p1' },
      { command: `curl https://api.example.com/graphql --data-urlencode 'query=mutation { projectDelete(id: "p2") }'`, target: 'p2' },
      { command: `http POST https://api.example.com/graphql query='mutation { environmentDelete(id: "env1") }'`, target: 'env1' },
      { command: `https api.example.com/graphql query='mutation($id: String!) { volumeDelete(volumeId: $id) }' variables:='{"id":"vol-3"}'`, target: 'vol-3' },
      { command: `xh post https://api.example.com/graphql query='mutation { serviceDelete(id: "svc") }'`, target: 'svc' },
      { command: `wget --post-data='{"query":"mutation { projectDelete(id: \\"p4\\") }"}' https://api.example.com/graphql -O -`, target: 'p4' },
      // A host mapped in settings is the environment; a host with an environment word speaks too.
      { command: `curl https://api.staging.example.com/graphql -d '{"query":"mutation { projectDelete(id: \\"p\\") }"}'`, environment: 'staging' },
    ],
    allow: [
      `curl https://backboard.railway.app/graphql/v2 -d '{"query":"query { project(id:\\"p\\") { id name } }"}'`,
      `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeCreate(input:{projectId:\\"p\\"}) { id } }"}'`,
      `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { serviceUpdate(id:\\"s\\", input:{name:\\"x\\"}) { id deletedAt removed isDropped } }"}'`,
      `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeInstanceUpdate(input:{serviceId:null, volumeId:\\"v\\"}) }"}'`,
      `curl -G https://api.example.com/graphql --data-urlencode 'query=mutation { projectDelete(id: "p") }'`,
      `curl https://api.example.com/graphql -d '{"query":"query A { me { id } } mutation B { deleteProject(id: 7) }","operationName":"A"}'`,
      `curl https://api.example.com/graphql -d '{"query":"mutation { camerasUpdate(id: 1) { id } }"}'`,
      `http --offline POST https://api.example.com/graphql query='mutation { projectDelete(id: "p") }'`,
      `curl https://backboard.railway.app/graphql/v2 --data-binary '{"query":"query { project(id:\\"p\\") { id } }"}' && echo projectDelete`,
      'grep projectDelete schema.graphql',
      `curl https://api.example.com/graphql -d @query.json`,
    ].map((c) => (c.endsWith('query.json') ? { command: c, files: { [`${P}/query.json`]: '{"query":"query { viewer { login } }"}' } } : c)),
  },
  {
    rule: 'http/graphql-replace-upsert',
    gate: [
      { command: `curl https://backboard.railway.app/graphql/v2 --data-binary '{"query":"mutation { variableCollectionUpsert(input:{projectId:\\"p\\", environmentId:\\"e\\", variables:{FEATURE_FLAG:\\"true\\"}, replace:true}) }"}'`, target: 'e' },
      {
        command: `curl https://backboard.railway.com/graphql/v2 --data '{"variables":{"input":{"replace":true,"environmentId":"env-7","variables":{"A":"1"}}},"query":"mutation($input: VariableCollectionUpsertInput!){variableCollectionUpsert(input:$input)}"}'`,
        target: 'env-7',
      },
    ],
    allow: [
      `curl https://backboard.railway.app/graphql/v2 --data-binary '{"query":"mutation { variableCollectionUpsert(input:{variables:{FEATURE_FLAG:\\"true\\"}, replace:false}) }"}'`,
      `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { variableCollectionUpsert(input:{variables:[{name:\\"DATABASE_URL\\", value:\\"postgres://prod\\"}]}) }"}'`,
    ],
  },
  {
    rule: 'http/graphql-restore-over-live-data',
    gate: [
      { command: `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeInstanceBackupRestore(input:{volumeInstanceId:\\"vi-1\\", backupId:\\"b\\"}) }"}'`, target: 'vi-1' },
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation { databasePITRRestore(databaseId: \\"db-1\\", timestamp: \\"2026-04-01\\") }"}'`, target: 'db-1' },
    ],
    allow: [`curl https://api.example.com/graphql -d '{"query":"query { backups(volumeId: \\"v\\") { id } }"}'`],
  },
  {
    rule: 'http/graphql-unfiltered-bulk-write',
    gate: [
      { command: `curl https://hasura.example.com/v1/graphql -d '{"query":"mutation { update_users(where: {}, _set: {active: false}) { affected_rows } }"}'`, target: 'users' },
      { command: `curl https://hasura.example.com/v1/graphql -d '{"query":"mutation { update_orders(where: {id: {_is_null: false}}, _set: {status: \\"x\\"}) { affected_rows } }"}'`, target: 'orders' },
      { command: `curl https://hasura.example.com/v1/graphql -d '{"query":"mutation($w: users_bool_exp!) { update_users(where: $w, _set: {a: 1}) { affected_rows } }","variables":{"w":{}}}'`, target: 'users' },
    ],
    allow: [`curl https://hasura.example.com/v1/graphql -d '{"query":"mutation { update_users(where: {id: {_eq: 1}}, _set: {active: false}) { affected_rows } }"}'`],
  },
  {
    rule: 'http/graphql-persisted-query',
    gate: [
      { command: `curl -X POST https://api.example.com/graphql -d '{"operationName":"CleanUp","extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}'`, target: 'CleanUp' },
      { command: `curl https://api.example.com/graphql -d '{"documentId":"a1b2c3d4e5f6a7b8c9","variables":{}}'`, target: 'a1b2c3d4e5f6' },
    ],
    allow: [`curl -G https://api.example.com/graphql --data-urlencode 'extensions={"persistedQuery":{"version":1,"sha256Hash":"ecf4"}}'`],
  },
  {
    rule: 'http/graphql-unreadable',
    gate: [
      { command: 'curl https://backboard.railway.app/graphql/v2 -d @missing.json', target: 'backboard.railway.app' },
      { command: `curl https://api.example.com/graphql -d '{"query":"mutation { volumeDelete(volumeId: }"}'`, target: 'mutation' },
    ],
    allow: ['curl -X POST https://chat.vendor.example.com/hooks/aabbccddeeff00112233445566 -d @dump.json'],
  },
  {
    rule: 'http/delete-request',
    gate: [
      { command: "curl -X DELETE 'http://localhost:9200/logs-2024?ignore_unavailable=true'", target: 'logs-2024', environment: 'development' },
      { command: 'curl -XDELETE https://circleci.com/api/v2/project/gh/org/repo/envvar/FOO', target: 'FOO', environment: 'unknown' },
      { command: 'curl --request=DELETE https://api.sendgrid.com/v3/api_keys/abc123', target: 'abc123' },
      { command: 'curl https://api.stripe.com/v1/customers/cus_123 --request DELETE -H "Authorization: Bearer sk_live_x"', target: 'cus_123' },
      { command: 'http DELETE :9200/my-index', target: 'my-index', environment: 'development' },
      { command: 'xh delete https://api.example.com/items/9', target: '9' },
      { command: 'wget --method=DELETE https://api.example.com/items/10', target: '10' },
      { command: 'curl -X DELETE https://prod-api.example.com/', target: 'prod-api.example.com', environment: 'production' },
    ],
    allow: [
      "curl -X GET 'http://localhost:9200/_cat/indices?v'",
      'curl https://example.com',
      'wget https://example.com/file',
      'http --offline DELETE https://example.com/x',
      'xh --offline delete https://example.com/x',
      'curl -X PUT http://localhost:9200/_cluster/settings',
    ],
  },
  {
    rule: 'http/destroying-endpoint',
    gate: [
      { command: "curl -X POST 'http://localhost:9200/logs-2024/_delete_by_query' -H 'Content-Type: application/json' -d '{\"query\":{\"match_all\":{}}}'", target: 'logs-2024' },
      { command: 'curl -X POST http://jenkins.example.com/job/deploy-prod/doDelete', target: 'deploy-prod', environment: 'unknown' },
      { command: "curl --request=POST https://connect.squareup.com/v2/catalog/batch-delete -d '{\"object_ids\":[\"obj_123\"]}'", target: 'catalog' },
      { command: 'curl -XPOST http://localhost:9090/api/v1/admin/tsdb/delete_series?match[]=up', target: 'tsdb' },
      { command: 'http POST :7700/indexes/products/documents/delete-batch', target: 'documents' },
      { command: 'curl -X PUT https://api.example.com/v1/caches/main/purge', target: 'main' },
      { command: 'curl -d x=1 https://api.example.com/v1/servers/web-1/terminate', target: 'web-1' },
    ],
    allow: [
      'curl -X POST http://localhost:9200/my-index/_close',
      "curl -X POST 'http://localhost:9200/_reindex' -d '{}'",
      'curl -X POST https://api.example.com/users/reset-password -d email=a@b.c',
      'curl https://api.example.com/v1/items/5/delete',
    ],
  },
];
