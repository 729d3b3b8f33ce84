// Per rule id: az lines the azure pack must gate, and look-alikes (configuration and outside-policy deletes).

import type { RuleCases } from './ruleTable';

export const azureCases: RuleCases[] = [
  {
    rule: 'azure/resource-delete',
    gate: [
      { command: 'az group delete --name rg1', target: 'rg1', environment: 'unknown' },
      { command: 'az group delete -n prod-rg --yes', target: 'prod-rg', environment: 'production' },
      { command: 'az --subscription prod vm delete --name web-1 --resource-group apps', target: 'web-1', environment: 'production' },
      { command: 'az vm delete -n vm -g rg-staging', target: 'vm', environment: 'staging' },
      { command: 'az storage account delete -n mystorage', target: 'mystorage' },
      { command: 'az sql server delete --name srv -g rg', target: 'srv' },
      { command: 'az cosmosdb sql container delete --account-name a --database-name d --name ledger -g rg', target: 'ledger' },
      { command: 'az acr delete --name myregistry', target: 'myregistry' },
      { command: 'az acr repository delete --name reg --image repo:tag', target: 'repo:tag' },
      { command: 'az storage container delete -n mycontainer', target: 'mycontainer' },
      { command: 'az storage blob delete-batch -s mycontainer', target: 'mycontainer' },
      { command: 'az aks delete --name aks -g rg', target: 'aks' },
      { command: 'az role assignment delete --assignee user@corp.com', target: 'user@corp.com' },
      { command: 'az vm delete --ids /a/vm1 /a/vm2', target: '2 vms' },
    ],
    allow: [
      'az group list',
      'az vm list -g rg',
      'az lock delete -n lock_name',
      'az tag delete -n tag_name',
      'az keyvault secret delete --name s --vault-name v',
      'az network dns zone delete --name z -g rg',
      'az monitor log-profiles delete --name p',
      'az storage blob delete -c c -n blob',
      'az storage entity delete --partition-key p --row-key r -t t',
      'az webapp config appsettings delete --name app -g rg --setting-names K',
      'az group wait -n name --deleted',
      'az acr repository untag --name reg --image i:t',
    ],
  },
];
