// How kubectl (and oc) read their options: which take a value, where the cluster is named,
// and whether a --dry-run makes the call harmless.

import type { SimpleCommand } from '../../model/command';
import { parseArgs, type ParsedArgs } from '../args';
import type { EnvHint, RuleContext } from '../rule';
import { currentContextOf } from '../../resolve/kubeconfig';
import { resolvePath } from '../../resolve/paths';
import { optionHints } from '../platforms/evidence';

export const KUBECTL_COMMANDS: readonly string[] = ['kubectl', 'oc', 'kubecolor'];

const VALUED: readonly string[] = [
  '-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server', '--token',
  '--as', '--as-group', '--as-uid', '--request-timeout', '--cache-dir', '--certificate-authority',
  '--client-certificate', '--client-key', '--tls-server-name', '-l', '--selector', '--field-selector',
  '-f', '--filename', '-k', '--kustomize', '-o', '--output', '--grace-period', '--timeout', '--cascade',
  '--raw', '-v', '--v', '--profile', '--template', '--chunk-size', '--pod-selector', '--field-manager',
];

export function parseKubectl(cmd: SimpleCommand): ParsedArgs {
  return parseArgs(
    cmd.args.map((a) => a.value),
    { valued: VALUED },
  );
}

/** Where kubectl will act: the context, the kubeconfig file (and the context it selects) and the namespace named on the line. */
export function kubectlHints(parsed: ParsedArgs, ctx?: RuleContext): EnvHint[] {
  const hints = [
    ...optionHints(parsed, 'context', '--context', '--cluster'),
    ...optionHints(parsed, 'path', '--kubeconfig'),
    ...optionHints(parsed, 'context', '-n', '--namespace'),
  ];
  const file = parsed.options.get('--kubeconfig');
  if (ctx && typeof file === 'string' && !parsed.options.has('--context')) {
    const abs = resolvePath(file, { cwd: ctx.cwd, home: ctx.home, env: ctx.input.env });
    const text = abs !== undefined ? ctx.input.readFile?.(abs) : undefined;
    const name = text !== undefined ? currentContextOf(text) : undefined;
    if (name !== undefined) hints.push({ kind: 'context', value: name, label: `from kubectl context ${name} (current-context in ${file})` });
  }
  return hints;
}

export type DryRun = 'dry' | 'real' | 'unknown';

/**
 * kubectl's --dry-run: a bare flag means client, `=none`/`=false` means a real call, and the last one wins.
 * A value the reader cannot see (`--dry-run=$MODE`) cannot be trusted to be a dry run.
 */
export function kubectlDryRun(cmd: SimpleCommand): DryRun {
  let state: DryRun = 'real';
  for (const word of cmd.args) {
    const w = word.value;
    if (w === '--') break;
    if (w === '--dry-run') {
      state = 'dry';
      continue;
    }
    if (!w.startsWith('--dry-run=')) continue;
    if (word.dynamic) {
      state = 'unknown';
      continue;
    }
    const v = w.slice('--dry-run='.length).toLowerCase();
    state = v === 'none' || v === 'false' ? 'real' : 'dry';
  }
  return state;
}
