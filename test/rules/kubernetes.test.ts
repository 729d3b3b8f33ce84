import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate';
import { kubernetesCases } from './kubernetes.cases';
import { inputFor, runRuleTables } from './ruleTable';

runRuleTables(kubernetesCases);

describe('kubernetes: machine facts and consent flags', () => {
  it('the kube context on disk names the environment', () => {
    const input = inputFor('kubectl delete deployment web');
    input.facts = { kubeContext: { name: 'gke_acme_europe-west1_prod', source: 'current-context in ~/.kube/config' } };
    const f = evaluate(input).findings.find((x) => x.rule === 'kubernetes/delete');
    expect(f?.environment.name).toBe('production');
  });

  it('a --context on the line and the context on disk disagree: the more dangerous wins', () => {
    const input = inputFor('kubectl --context dev delete ns shop');
    input.facts = { kubeContext: { name: 'prod', source: 'current-context in ~/.kube/config' } };
    expect(evaluate(input).findings.find((x) => x.rule === 'kubernetes/delete')?.environment.name).toBe('production');
  });

  it('--force is reported as pre-answered and does not lower the verdict', () => {
    const f = evaluate(inputFor('kubectl delete ns shop --force')).findings.find((x) => x.rule === 'kubernetes/delete');
    expect(f?.verdict).toBe('confirm');
    expect(f?.preAnswered).toEqual(['--force']);
  });

  it('a name that reads as development does not lower an unknown environment', () => {
    expect(evaluate(inputFor('kubectl delete ns dev-tools')).findings.find((x) => x.rule === 'kubernetes/delete')?.environment.name).toBe('unknown');
  });
});
