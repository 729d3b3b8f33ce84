// Per rule id: app platforms and smaller cloud providers the platforms pack must gate, and look-alikes.

import type { RuleCases } from './ruleTable';

export const platformsCases: RuleCases[] = [
  {
    rule: 'platforms/vercel-remove',
    gate: [
      { command: 'vercel remove project_name', target: 'project_name', environment: 'unknown' },
      { command: 'vercel rm shop-prod --yes', target: 'shop-prod', environment: 'production' },
      { command: 'vercel project rm web', target: 'web' },
      { command: 'vercel blob store rm store_123', target: 'store_123' },
    ],
    allow: ['vercel', 'vercel --prod', 'vercel env rm KEY', 'vercel domains rm example.com', 'vercel blob del https://x/y.png', 'vercel ls'],
  },
  {
    rule: 'platforms/netlify-delete',
    gate: [{ command: 'netlify sites:delete 1234-abcd', target: '1234-abcd' }],
    allow: ['netlify deploy', 'netlify env:unset KEY', 'netlify blobs:delete store key', 'netlify sites:list'],
  },
  {
    rule: 'platforms/render-delete',
    gate: [{ command: 'render services delete srv-123 --confirm', target: 'srv-123' }],
    allow: ['render services list', 'render deploys create srv-123'],
  },
  {
    rule: 'platforms/supabase-delete',
    gate: [
      { command: 'supabase projects delete abcdefgh', target: 'abcdefgh' },
      { command: 'supabase projects delete --ref abc123', target: 'abc123' },
      { command: 'supabase branches delete preview-1', target: 'preview-1' },
      { command: 'supabase functions delete my-function --project-ref abc123', target: 'my-function' },
      { command: 'supabase orgs delete --id org123', target: 'org123' },
      { command: 'supabase storage rm ss:///bucket/path/ --recursive', target: 'ss:///bucket/path/' },
    ],
    allow: ['supabase start', 'supabase stop', 'supabase db push', 'supabase storage rm ss:///bucket/path/file.txt', 'supabase secrets unset KEY', 'supabase domains delete', 'supabase sso remove provider-id', 'supabase functions download f'],
  },
  {
    rule: 'platforms/neon-delete',
    gate: [
      { command: 'neonctl projects delete proj-123', target: 'proj-123' },
      { command: 'neonctl branches delete dev-branch --project-id p1', target: 'dev-branch' },
      { command: 'neonctl databases delete app --branch production', target: 'app', environment: 'production' },
    ],
    allow: ['neonctl projects list', 'neonctl branches create --name x', 'neonctl connection-string', 'neonctl ip-allow remove 1.2.3.4'],
  },
  {
    rule: 'platforms/planetscale-delete',
    gate: [
      { command: 'pscale database delete shop --force', target: 'shop' },
      { command: 'pscale branch delete shop feature-x', target: 'feature-x' },
    ],
    allow: ['pscale branch list shop', 'pscale password delete shop main pw1', 'pscale deploy-request create shop dev'],
  },
  {
    rule: 'platforms/firebase-delete',
    gate: [
      { command: 'firebase firestore:delete users -r', target: 'users' },
      { command: 'firebase firestore:delete --all-collections -P prod', target: 'project', environment: 'production' },
      { command: 'firebase database:remove /users', target: '/users' },
      { command: 'firebase functions:delete sendMail --force', target: 'sendMail' },
    ],
    allow: ['firebase deploy', 'firebase login', 'firebase firestore:delete users/alice', 'firebase projects:list'],
  },
  {
    rule: 'platforms/cloudflare-data-delete',
    gate: [
      { command: 'wrangler d1 delete my-db', target: 'my-db' },
      { command: 'wrangler r2 bucket delete my-bucket', target: 'my-bucket' },
      { command: 'wrangler --env prod d1 delete app-db', target: 'app-db', environment: 'production' },
    ],
    allow: ['wrangler delete my-worker', 'wrangler kv namespace delete --namespace-id=abc', 'wrangler kv key delete --namespace-id=abc KEY', 'wrangler r2 object delete bucket/key', 'wrangler deploy'],
  },
  {
    rule: 'platforms/turso-destroy',
    gate: [{ command: 'turso db destroy shop-db --yes', target: 'shop-db' }],
    allow: ['turso db list', 'turso db shell shop-db'],
  },
  {
    rule: 'platforms/kamal-remove',
    gate: [
      { command: 'kamal remove -y', target: 'project' },
      { command: 'kamal remove --yes -d production', target: 'project', environment: 'production' },
      { command: 'kamal accessory remove db', target: 'db' },
    ],
    allow: ['kamal deploy', 'kamal app remove', 'kamal proxy remove', 'kamal prune all', 'kamal help remove'],
  },
  {
    rule: 'platforms/modal-delete',
    gate: [
      { command: 'modal volume delete model-weights --yes', target: 'model-weights' },
      { command: 'modal volume rm -r model-weights /old-checkpoints', target: 'model-weights' },
      { command: 'modal environment delete prod --yes', target: 'prod', environment: 'production' },
    ],
    allow: ['modal volume list', 'modal volume rm my-vol /file.bin', 'modal secret delete openai-key --yes', 'modal dict delete state -y', 'modal app stop ap-1 --yes'],
  },
  {
    rule: 'platforms/digitalocean-delete',
    gate: [
      { command: 'doctl compute droplet delete web-1 --force', target: 'web-1' },
      { command: 'doctl compute d d droplet_id', target: 'droplet_id' },
      { command: 'doctl d db rm database_id database_name', target: '2 dbs' },
      { command: 'doctl a d app_id', target: 'app_id' },
      { command: 'doctl k c d cluster_name', target: 'cluster_name' },
    ],
    allow: ['doctl compute d ls', 'doctl compute d c --region r --image i --size s name', 'doctl d fw rm database_id rule_uuid', 'doctl auth remove --context token_label', 'doctl d g', 'doctl d db c database_id database_name'],
  },
  {
    rule: 'platforms/hetzner-delete',
    gate: [{ command: 'hcloud server delete web-1', target: 'web-1' }, { command: 'hcloud volume delete data --context prod', target: 'data', environment: 'production' }],
    allow: ['hcloud server list', 'hcloud ssh-key delete k', 'hcloud firewall delete fw', 'hcloud context delete old'],
  },
  {
    rule: 'platforms/linode-delete',
    gate: [
      { command: 'linode-cli linodes delete 123', target: '123' },
      { command: 'linode-cli volumes delete 9', target: '9' },
      { command: 'linode-cli object-storage buckets delete us-east-1 bucket_label', target: '2 buckets' },
      { command: 'linode-cli databases mysql-delete 42', target: '42' },
    ],
    allow: ['linode-cli linodes list', 'linode-cli domains delete 1', 'linode-cli domains records-delete 1 2', 'linode-cli volumes detach 9'],
  },
  {
    rule: 'platforms/openstack-delete',
    gate: [{ command: 'openstack server delete vm1 vm2', target: '2 servers' }, { command: 'openstack volume delete data', target: 'data' }],
    allow: ['openstack server list', 'openstack flavor delete m1.tiny', 'openstack server stop vm1'],
  },
  {
    rule: 'platforms/exoscale-delete',
    gate: [{ command: 'exo compute sks nodepool delete cluster pool', target: '2 nodepools' }, { command: 'exo compute instance delete web -f', target: 'web' }],
    allow: ['exo compute instance list', 'exo compute block-storage detach vol -z z -f', 'exo dns delete example.com'],
  },
  {
    rule: 'platforms/scaleway-delete',
    gate: [{ command: 'scw instance server delete 11111111-2222', target: '11111111-2222' }],
    allow: ['scw instance server list', 'scw iam api-key delete k'],
  },
  {
    rule: 'platforms/oracle-cloud-delete',
    gate: [{ command: 'oci compute instance terminate --instance-id ocid1.instance.x --force', target: 'ocid1.instance.x' }],
    allow: ['oci compute instance list -c c', 'oci iam user delete --user-id u'],
  },
  {
    rule: 'platforms/ibm-cloud-delete',
    gate: [{ command: 'ibmcloud resource service-instance-delete my-db -f', target: 'my-db' }],
    allow: ['ibmcloud login', 'ibmcloud iam service-api-key-delete k s'],
  },
  {
    rule: 'platforms/eksctl-delete',
    gate: [{ command: 'eksctl delete cluster --name=prod-eks --region=us-east-1', target: 'prod-eks', environment: 'production' }, { command: 'eksctl delete nodegroup --cluster c ng-1', target: 'c' }],
    allow: ['eksctl get cluster', 'eksctl create cluster', 'eksctl delete iamidentitymapping --cluster c --arn a'],
  },
];
