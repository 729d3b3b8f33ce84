// Per rule id: gcloud and gsutil lines the gcp pack must gate, and look-alikes.

import type { RuleCases } from './ruleTable';

export const gcpCases: RuleCases[] = [
  {
    rule: 'gcp/resource-delete',
    gate: [
      { command: 'gcloud projects delete my-proj', target: 'my-proj', environment: 'unknown' },
      { command: 'gcloud sql instances delete prod-db --quiet --project prod', target: 'prod-db', environment: 'production' },
      { command: 'gcloud compute instances delete a b c --zone us-central1-a', target: '3 instances' },
      { command: 'gcloud compute disks delete --zone europe-west1-b data-disk', target: 'data-disk' },
      { command: 'gcloud container clusters delete my-gke', target: 'my-gke' },
      { command: 'gcloud storage buckets delete gs://bucket', target: 'bucket' },
      { command: 'gcloud alpha --project prod storage buckets delete gs://b --quiet', target: 'b', environment: 'production' },
      { command: 'gcloud storage rm -r gs://bucket/path/', target: 'bucket/path' },
      { command: 'gcloud artifacts repositories delete my-repo --location=us', target: 'my-repo' },
      { command: 'gcloud functions delete fn', target: 'fn' },
      { command: 'gcloud kms keys versions destroy 3 --key=prod-key --keyring=r --location=l', target: 'prod-key version 3' },
      { command: 'gcloud compute snapshots delete snap-1', target: 'snap-1' },
      { command: 'gcloud projects delete p', target: 'p', env: { HOME: '/home/dev', CLOUDSDK_CORE_PROJECT: 'acme-prod' }, environment: 'production' },
    ],
    allow: [
      'gcloud projects list',
      'gcloud compute instances list',
      'gcloud storage rm gs://bucket/file',
      'gcloud storage objects delete gs://bucket/file',
      'gcloud secrets delete prod-db-password',
      'gcloud dns managed-zones delete prod-zone',
      'gcloud pubsub topics delete t',
      'gcloud logging sinks delete s',
      'gcloud apigee apis delete my-api',
      'gcloud config configurations delete old',
    ],
  },
  {
    rule: 'gcp/gsutil-delete',
    gate: [
      { command: 'gsutil rb gs://my-bucket', target: 'my-bucket' },
      { command: 'gsutil -m rm -r gs://bucket', target: 'bucket' },
      { command: 'gsutil rsync -d gs://src gs://dst', target: 'dst' },
      { command: 'gsutil rm -r gs://prod-data/path/', target: 'prod-data', environment: 'production' },
    ],
    allow: ['gsutil ls', 'gsutil rm gs://bucket/file', 'gsutil cp a gs://b/a', 'gsutil rsync gs://a gs://b', 'gsutil mb gs://b'],
  },
];
