// `--kubeconfig FILE` on the line: the context that file selects is evidence, read through the caller's file reader.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';
import { currentContextOf } from '../../../src/engine/resolve/kubeconfig';

describe('--kubeconfig on the line', () => {
  const files: Record<string, string> = {
    '/home/dev/project/kube/prod.yaml': 'apiVersion: v1\nkind: Config\ncurrent-context: prod-eu\ncontexts: []\n',
    '/home/dev/.kube/staging.yaml': "current-context: 'stg-cluster' # comment\n",
  };
  const run = (command: string) => evaluate({ command, cwd: '/home/dev/project', env: { HOME: '/home/dev' }, readFile: (p) => files[p] });

  it('resolves the environment from the file the line names', () => {
    const d = run('kubectl --kubeconfig kube/prod.yaml delete ns payments');
    expect(d.verdict).toBe('confirm');
    expect(d.environment?.name).toBe('production');
    expect(d.environment?.evidence.some((e) => e.includes('prod-eu'))).toBe(true);
  });

  it('follows ~ and quoting in the path', () => {
    expect(run('kubectl delete ns payments --kubeconfig=~/.kube/staging.yaml').environment?.name).toBe('staging');
  });

  it('with an explicit --context the file is not read for its context', () => {
    const d = run('kubectl --kubeconfig kube/staging-copy.yaml --context dev-local delete ns payments');
    expect(d.environment?.evidence.some((e) => e.includes('current-context'))).toBe(false);
    expect(d.environment?.name).toBe('staging'); // the path's own words still count, and the more dangerous wins
  });

  it('a missing file adds no evidence', () => {
    expect(run('kubectl --kubeconfig nope.yaml delete ns payments').environment?.name).toBe('unknown');
  });

  it('reads only the top-level key', () => {
    expect(currentContextOf('current-context: "a"\n')).toBe('a');
    expect(currentContextOf('x:\n  current-context: nested\n')).toBeUndefined();
  });
});
