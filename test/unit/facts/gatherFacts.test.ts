import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatherFacts, kubeContextFromFile } from '../../../src/facts/gatherFacts';
import { currentContextOf } from '../../../src/facts/kubeContext';
import { projectOfIni } from '../../../src/facts/gcloudConfig';

let root: string;
let home: string;
let project: string;

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gate-facts-'));
  home = join(root, 'home');
  project = join(root, 'work', 'app');
  mkdirSync(join(project, 'sub'), { recursive: true });
  mkdirSync(home, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('kube context', () => {
  it('reads current-context from ~/.kube/config', () => {
    write(join(home, '.kube', 'config'), 'apiVersion: v1\nclusters: []\ncurrent-context: prod-eu\nkind: Config\n');
    expect(gatherFacts(project, { HOME: home }).kubeContext).toEqual({ name: 'prod-eu', source: `current-context in ${join(home, '.kube', 'config')}` });
  });

  it('takes the first file in KUBECONFIG that sets a context', () => {
    const a = join(root, 'a.yaml');
    const b = join(root, 'b.yaml');
    const c = join(root, 'c.yaml');
    write(a, 'apiVersion: v1\ncurrent-context: ""\n');
    write(b, "current-context: 'staging-1'\n");
    write(c, 'current-context: prod\n');
    const facts = gatherFacts(project, { HOME: home, KUBECONFIG: `${join(root, 'missing.yaml')}:${a}:${b}:${c}` });
    expect(facts.kubeContext?.name).toBe('staging-1');
  });

  it('reads an explicit --kubeconfig path', () => {
    const p = join(root, 'prod.yaml');
    write(p, 'current-context: prod-admin # the real one\n');
    expect(kubeContextFromFile(p)?.name).toBe('prod-admin');
    expect(kubeContextFromFile(join(root, 'nope.yaml'))).toBeUndefined();
  });

  it('ignores nested keys and empty values', () => {
    expect(currentContextOf('contexts:\n  current-context: nested\n')).toBeUndefined();
    expect(currentContextOf('current-context:\n')).toBeUndefined();
  });

  it('skips files larger than the bound', () => {
    write(join(home, '.kube', 'config'), `current-context: prod\n${'#'.repeat(1024 * 1024 + 10)}\n`);
    expect(gatherFacts(project, { HOME: home }).kubeContext).toBeUndefined();
  });
});

describe('terraform workspace', () => {
  it('reads .terraform/environment in the working folder', () => {
    write(join(project, '.terraform', 'environment'), 'production\n');
    expect(gatherFacts(project, { HOME: home }).terraformWorkspace).toEqual({ name: 'production', source: join(project, '.terraform', 'environment') });
  });

  it('prefers TF_WORKSPACE', () => {
    write(join(project, '.terraform', 'environment'), 'production\n');
    expect(gatherFacts(project, { HOME: home, TF_WORKSPACE: 'dev' }).terraformWorkspace).toEqual({ name: 'dev', source: 'TF_WORKSPACE' });
  });
});

describe('railway link', () => {
  it('finds the nearest linked ancestor folder and never exposes tokens', () => {
    write(
      join(home, '.railway', 'config.json'),
      JSON.stringify({
        projects: {
          [project]: { projectPath: project, name: 'shop', project: 'prj_1', environment: 'env_1', environmentName: 'staging' },
          [join(root, 'work')]: { projectPath: join(root, 'work'), name: 'other', environmentName: 'production' },
        },
        user: { token: 'secret-token' },
      }),
    );
    const facts = gatherFacts(join(project, 'sub'), { HOME: home });
    expect(facts.railway?.project).toBe('shop');
    expect(facts.railway?.environment).toBe('staging');
    expect(JSON.stringify(facts)).not.toContain('secret-token');
  });

  it('returns nothing for a broken config file', () => {
    write(join(home, '.railway', 'config.json'), '{not json');
    expect(gatherFacts(project, { HOME: home }).railway).toBeUndefined();
  });
});

describe('gcloud configuration', () => {
  it('reads the active configuration and its core project', () => {
    write(join(home, '.config', 'gcloud', 'active_config'), 'work\n');
    write(join(home, '.config', 'gcloud', 'configurations', 'config_work'), '[core]\naccount = me@example.com\nproject = acme-prod\n\n[compute]\nzone = europe-west1-b\n');
    const facts = gatherFacts(project, { HOME: home });
    expect(facts.gcloud?.project).toBe('acme-prod');
    expect(facts.gcloud?.configuration).toBe('work');
  });

  it('reads project only from the core section', () => {
    expect(projectOfIni('[other]\nproject = x\n[core]\nproject = y\n')).toBe('y');
    expect(projectOfIni('[other]\nproject = x\n')).toBeUndefined();
  });
});

describe('aws profile', () => {
  it('reads AWS_PROFILE, then AWS_DEFAULT_PROFILE', () => {
    expect(gatherFacts(project, { HOME: home, AWS_DEFAULT_PROFILE: 'dev', AWS_PROFILE: 'prod' }).awsProfile).toEqual({ name: 'prod', source: 'AWS_PROFILE' });
    expect(gatherFacts(project, { HOME: home, AWS_DEFAULT_PROFILE: 'dev' }).awsProfile).toEqual({ name: 'dev', source: 'AWS_DEFAULT_PROFILE' });
  });
});

it('never throws and returns nothing without evidence', () => {
  expect(gatherFacts('/definitely/not/here', {})).toEqual({});
});
