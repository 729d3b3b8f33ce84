// dist/hook.js: the lean entry agents' hooks start. It answers what needs no engine at once
// (tools that read or search, and shell commands the prefilter clears) and hands everything else,
// with the payload it already read, to the full cli in dist/cli.js, loaded only then.

import * as os from 'node:os';
import * as path from 'node:path';
import { normaliseToolCall } from '../engine/parse/toolCall/normaliseToolCall';
import { hookAdapterFor } from './hooks/hookAdapters';
import type { HookAnswer } from './hooks/hookAdapter';
import { HARMLESS_MESSAGE } from './hooks/hookMessages';
import { loadPrefilter, mayBeGated, PREFILTER_FILE } from './hooks/hookPrefilter';
import { readBoundedStdin, type StdinRead } from './hooks/readBoundedStdin';

interface FullCli {
  runHookCommand(args: string[], readPayload: () => Promise<StdinRead>): Promise<number>;
  runCli(argv: string[]): Promise<number>;
}

function loadFullCli(): FullCli {
  // A runtime path: the full cli is a separate bundle, loaded only when the engine must read the call.
  const cliPath = path.join(__dirname, 'cli.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time, on purpose outside this bundle
  return require(cliPath) as FullCli;
}

function emit(a: HookAnswer): number {
  if (a.stderr) process.stderr.write(a.stderr);
  if (a.stdout) process.stdout.write(a.stdout);
  return a.exitCode;
}

function quickAnswer(args: string[], payload: StdinRead): HookAnswer | undefined {
  const i = args.indexOf('--agent');
  const adapter = hookAdapterFor(i >= 0 ? (args[i + 1] ?? '') : '');
  if (!adapter || !payload.ok) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(payload.text);
  } catch {
    return undefined;
  }
  const call = normaliseToolCall({ agent: adapter.agent, payload: value });
  if (call.kind === 'other') return adapter.allow('harmless', HARMLESS_MESSAGE);
  if (call.kind !== 'shell') return undefined;
  const prefilter = loadPrefilter(path.join(os.homedir(), '.destructive-gate', 'bin', PREFILTER_FILE), path.join(__dirname, 'cli.js'));
  if (prefilter === undefined || mayBeGated(call.command, prefilter)) return undefined;
  return adapter.allow('harmless', HARMLESS_MESSAGE);
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] !== 'hook' || argv.includes('--write-prefilter')) return loadFullCli().runCli(argv);
  const args = argv.slice(1);
  const payload = await readBoundedStdin(process.stdin);
  let quick: HookAnswer | undefined;
  try {
    quick = quickAnswer(args, payload);
  } catch {
    quick = undefined;
  }
  if (quick) return emit(quick);
  return loadFullCli().runHookCommand(args, () => Promise.resolve(payload));
}

void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`hook.js: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
