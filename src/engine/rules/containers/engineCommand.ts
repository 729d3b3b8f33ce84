// docker, podman and nerdctl share a shape: global options, a subcommand (or a noun and a verb),
// then the subcommand's own options. Reading the two halves separately keeps `-f` a flag in
// `volume rm -f x` and a file in `compose -f a.yml down`.

import type { SimpleCommand } from '../../model/command';
import { parseArgs, type ParsedArgs } from '../args';
import type { EnvHint } from '../rule';
import { optionHints } from '../platforms/evidence';

export const ENGINE_COMMANDS: readonly string[] = ['docker', 'podman', 'nerdctl'];

const GLOBAL_VALUED = [
  '--context', '-c', '-H', '--host', '--config', '--log-level', '--tlscacert', '--tlscert', '--tlskey', '--url',
  '--connection', '--identity', '--root', '--runroot', '--storage-driver', '--cgroup-manager', '--namespace',
  '--address', '--module', '--events-backend', '--runtime', '--tmpdir', '--network-cmd-path',
];

export interface EngineCommand {
  globals: ParsedArgs;
  /** The subcommand and its words: `['volume', 'rm', 'x']`. */
  words: string[];
}

/** Index of the first word that is not a global option (or an option's value). */
export function subcommandIndex(values: readonly string[], globalValued: readonly string[]): number {
  const valued = new Set(globalValued);
  let i = 0;
  while (i < values.length) {
    const w = values[i] as string;
    if (!w.startsWith('-') || w === '-') break;
    if (w === '--') return i + 1;
    i += valued.has(w) ? 2 : 1;
  }
  return i;
}

export function readEngineCommand(cmd: SimpleCommand): EngineCommand | undefined {
  const values = cmd.args.map((a) => a.value);
  const i = subcommandIndex(values, GLOBAL_VALUED);
  if (i >= values.length) return undefined;
  return { globals: parseArgs(values.slice(0, i), { valued: GLOBAL_VALUED }), words: values.slice(i) };
}

/** Where the engine acts: a named context, a remote host or a podman connection. */
export function engineHints(globals: ParsedArgs): EnvHint[] {
  return [
    ...optionHints(globals, 'context', '--context', '-c', '--connection'),
    ...optionHints(globals, 'host', '-H', '--host', '--url'),
  ];
}
