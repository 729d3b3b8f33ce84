// The kubectl context in force: `current-context:` of the first kubeconfig that sets one, in
// KUBECONFIG order (paths joined by ':'), else ~/.kube/config. A line-level read of that one key
// is enough: kubeconfig writes it as a top-level scalar.

import { join } from 'node:path';
import { readSmallFile } from './readSmallFile';
import { currentContextOf } from '../engine/resolve/kubeconfig';

export { currentContextOf };

export interface KubeContextFact {
  name: string;
  source: string;
}

/** The context from an explicit kubeconfig path (`--kubeconfig` on the line). */
export function kubeContextFromFile(path: string): KubeContextFact | undefined {
  const text = readSmallFile(path);
  if (text === undefined) return undefined;
  const name = currentContextOf(text);
  return name === undefined ? undefined : { name, source: `current-context in ${path}` };
}

export function kubeContext(env: Readonly<Record<string, string | undefined>>, home: string): KubeContextFact | undefined {
  const variable = env['KUBECONFIG'];
  if ((variable === undefined || variable.trim() === '') && home === '') return undefined;
  const paths = variable !== undefined && variable.trim() !== '' ? variable.split(process.platform === 'win32' ? ';' : ':').filter((p) => p.length > 0) : [join(home, '.kube', 'config')];
  for (const path of paths) {
    const fact = kubeContextFromFile(path);
    if (fact) return fact;
  }
  return undefined;
}
