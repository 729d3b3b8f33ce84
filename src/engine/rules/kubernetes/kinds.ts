// kubectl resource kinds as users type them: short names, plurals and API groups
// (`deploy`, `deployments.apps`, `sts`) read as one kind.

const SHORT: Readonly<Record<string, string>> = {
  po: 'pod', pods: 'pod',
  ns: 'namespace', namespaces: 'namespace',
  pv: 'persistentvolume', persistentvolumes: 'persistentvolume',
  pvc: 'persistentvolumeclaim', persistentvolumeclaims: 'persistentvolumeclaim',
  sts: 'statefulset', statefulsets: 'statefulset',
  deploy: 'deployment', deployments: 'deployment',
  svc: 'service', services: 'service',
  cm: 'configmap', configmaps: 'configmap',
  secrets: 'secret',
  crd: 'customresourcedefinition', crds: 'customresourcedefinition', customresourcedefinitions: 'customresourcedefinition',
  no: 'node', nodes: 'node',
  ds: 'daemonset', daemonsets: 'daemonset',
  rs: 'replicaset', replicasets: 'replicaset',
  jobs: 'job',
  cj: 'cronjob', cronjobs: 'cronjob',
  ing: 'ingress', ingresses: 'ingress',
  sa: 'serviceaccount', serviceaccounts: 'serviceaccount',
  hpa: 'horizontalpodautoscaler',
  pdb: 'poddisruptionbudget',
  sc: 'storageclass', storageclasses: 'storageclass',
};

export function canonicalKind(kind: string): string {
  const lower = kind.toLowerCase();
  const dot = lower.indexOf('.');
  const bare = dot > 0 ? lower.slice(0, dot) : lower;
  return SHORT[bare] ?? bare;
}

export function pluralKind(kind: string): string {
  if (kind === 'all') return 'resources';
  if (kind.endsWith('ss')) return `${kind}es`;
  return `${kind}s`;
}
