// Machine state the engine cannot read itself (it does no I/O): gathered here, handed over as plain data.
// Never throws; every reader is bounded and cached.

import type { Facts } from '../engine/model/input';
import { gcloudConfig } from './gcloudConfig';
import { kubeContext } from './kubeContext';
import { railwayLink } from './railwayLink';
import { terraformWorkspace } from './terraformWorkspace';
import { gitBranch } from './gitBranch';

export { kubeContextFromFile } from './kubeContext';

function awsProfile(env: Readonly<Record<string, string | undefined>>): { name: string; source: string } | undefined {
  for (const name of ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']) {
    const v = env[name];
    if (v !== undefined && v.trim() !== '') return { name: v.trim(), source: name };
  }
  return undefined;
}

export function gatherFacts(cwd: string, env: Readonly<Record<string, string | undefined>>): Facts {
  const facts: Facts = {};
  const home = env['HOME'] ?? env['USERPROFILE'] ?? '';
  const attempt = <T>(read: () => T | undefined): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const kube = attempt(() => kubeContext(env, home));
  if (kube) facts.kubeContext = kube;
  const tf = attempt(() => terraformWorkspace(cwd, env));
  if (tf) facts.terraformWorkspace = tf;
  if (home !== '') {
    const railway = attempt(() => railwayLink(cwd, env, home));
    if (railway) facts.railway = railway;
    const gcloud = attempt(() => gcloudConfig(env, home));
    if (gcloud) facts.gcloud = gcloud;
  }
  const git = attempt(() => gitBranch(cwd));
  if (git) facts.gitBranch = git.branch;
  const aws = awsProfile(env);
  if (aws) facts.awsProfile = aws;
  return facts;
}
