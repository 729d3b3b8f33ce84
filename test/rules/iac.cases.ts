// Per rule id: Terraform/OpenTofu/Terragrunt/Atmos/Pulumi/CDK/Serverless lines the iac pack must gate, and look-alikes.

import type { RuleCases } from './ruleTable';

export const iacCases: RuleCases[] = [
  {
    rule: 'iac/terraform-destroy',
    gate: [
      { command: 'terraform destroy', target: 'project', environment: 'unknown' },
      { command: 'terraform destroy -auto-approve', target: 'project' },
      { command: 'terraform -chdir=./environments/prod destroy -auto-approve', target: 'environments/prod', environment: 'production' },
      { command: 'terraform apply -destroy', target: 'project' },
      { command: 'terraform destroy -target=aws_db_instance.main', target: 'aws_db_instance.main' },
      { command: 'terraform destroy -target a.b -target c.d', target: '2 resources' },
      { command: 'terraform destroy -var-file prod.tfvars', target: 'project', environment: 'production' },
      { command: 'TF_WORKSPACE=staging terraform destroy', target: 'project', environment: 'staging' },
      { command: 'tofu destroy', target: 'project' },
      { command: 'terragrunt destroy', target: 'project' },
      { command: 'terragrunt run-all destroy', target: 'project' },
      { command: 'terraform destroy plan-stack', target: 'project' },
    ],
    allow: ['terraform plan', 'terraform plan -destroy', 'terraform apply', 'terraform apply -auto-approve', 'terraform apply destroy-plan.tf', 'terraform show', 'terraform state list', 'tofu plan -destroy', 'terraform taint aws_instance.x'],
  },
  {
    rule: 'iac/terraform-state-rm',
    gate: [
      { command: 'terraform state rm aws_s3_bucket.data', target: 'aws_s3_bucket.data' },
      { command: 'terraform -chdir=./prod state rm a.b c.d', target: '2 resources', environment: 'production' },
      { command: 'tofu state rm aws_instance.x', target: 'aws_instance.x' },
    ],
    allow: ['terraform state mv a b', 'terraform state list', 'terraform state show aws_s3_bucket.data', 'terraform state rm -dry-run aws_s3_bucket.data'],
  },
  {
    rule: 'iac/terraform-workspace-delete',
    gate: [
      { command: 'terraform workspace delete staging', target: 'staging' },
      { command: 'terraform -chdir=./prod workspace delete prod-old', target: 'prod-old', environment: 'production' },
      { command: 'tofu workspace delete -force dev', target: 'dev' },
    ],
    allow: ['terraform workspace list', 'terraform workspace select prod', 'terraform workspace new dev'],
  },
  {
    rule: 'iac/atmos-destroy',
    gate: [
      { command: 'atmos terraform destroy vpc -s prod', target: 'vpc', environment: 'production' },
      { command: 'atmos terraform state rm vpc -s prod aws_s3_bucket.data', target: 'vpc' },
      { command: 'atmos terraform workspace delete old-workspace', target: 'old-workspace' },
      { command: 'atmos helmfile destroy app -s prod', target: 'app' },
    ],
    allow: ['atmos terraform plan -destroy vpc -s prod', 'atmos terraform apply destroy -s prod', 'atmos workflow terraform-destroy -f deploy.yaml', 'atmos terraform clean --force'],
  },
  {
    rule: 'iac/pulumi-destroy',
    gate: [
      { command: 'pulumi destroy', target: 'project' },
      { command: 'pulumi destroy --yes -s acme/prod', target: 'acme/prod', environment: 'production' },
      { command: 'pulumi --cwd ./prod destroy', target: 'prod', environment: 'production' },
    ],
    allow: ['pulumi up --yes', 'pulumi preview', 'pulumi destroy --preview-only', 'pulumi refresh -y', 'pulumi config rm key'],
  },
  {
    rule: 'iac/pulumi-stack-rm',
    gate: [
      { command: 'pulumi stack rm prod-old', target: 'prod-old', environment: 'production' },
      { command: 'pulumi stack rm --yes', target: 'project' },
    ],
    allow: ['pulumi stack ls', 'pulumi stack select prod', 'pulumi env rm environment_name'],
  },
  {
    rule: 'iac/pulumi-state-delete',
    gate: [{ command: 'pulumi state delete urn:pulumi:prod::db::aws:rds/instance:Instance::main', target: 'main' }],
    allow: ['pulumi state unprotect urn:x'],
  },
  {
    rule: 'iac/cdk-destroy',
    gate: [
      { command: 'cdk destroy', target: 'project' },
      { command: 'cdk destroy ApiStack DbStack --force', target: '2 stacks' },
      { command: 'cdk destroy --all --profile prod', target: 'all stacks', environment: 'production' },
    ],
    allow: ['cdk deploy', 'cdk diff', 'cdk synth', 'cdk ls'],
  },
  {
    rule: 'iac/serverless-remove',
    gate: [
      { command: 'serverless remove', target: 'project' },
      { command: 'sls remove --stage prod', target: 'project prod', environment: 'production' },
    ],
    allow: ['serverless deploy', 'sls info', 'serverless logs -t'],
  },
  {
    rule: 'iac/sam-delete',
    gate: [{ command: 'sam delete --stack-name orders-prod --no-prompts', target: 'orders-prod', environment: 'production' }],
    allow: ['sam deploy', 'sam build'],
  },
  {
    rule: 'iac/amplify-delete',
    gate: [{ command: 'amplify delete', target: 'project' }, { command: 'amplify env remove staging', target: 'staging', environment: 'staging' }],
    allow: ['amplify push', 'amplify status'],
  },
  {
    rule: 'iac/copilot-delete',
    gate: [{ command: 'copilot env delete --name prod', target: 'prod', environment: 'production' }, { command: 'copilot app delete --yes', target: 'app' }],
    allow: ['copilot app ls', 'copilot svc deploy'],
  },
  {
    rule: 'iac/eb-terminate',
    gate: [{ command: 'eb terminate shop-prod --force', target: 'shop-prod', environment: 'production' }],
    allow: ['eb deploy', 'eb status'],
  },
];
