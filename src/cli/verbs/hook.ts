// `cli.js hook --agent <name> [--fail-mode deny|allow]`: an agent's pre-tool hook. Reads the
// payload on stdin and answers in that agent's format. Never exits without an answer: any error
// becomes a refusal, because agents treat a crashed hook as "continue".

import * as fs from 'node:fs';
import type { Verb } from '../verb';
import { buildShellPrefilter, encodeShellPrefilter } from '../../engine/prefilter/shellPrefilter';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadUserRuleHints, PREFILTER_FILE, prefilterFileText } from '../hooks/hookPrefilter';
import { askEditor } from '../hooks/askEditor';
import { HOOK_ADAPTERS, hookAdapterFor } from '../hooks/hookAdapters';
import type { HookAnswer } from '../hooks/hookAdapter';
import { unreadableMessage } from '../hooks/hookMessages';
import { readBoundedStdin, type StdinRead } from '../hooks/readBoundedStdin';
import { runHook, type FailMode } from '../hooks/runHook';

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i !== -1) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

function emit(a: HookAnswer): number {
  if (a.stderr) process.stderr.write(a.stderr);
  if (a.stdout) process.stdout.write(a.stdout);
  return a.exitCode;
}

/** The whole hook, given the payload already read (the lean entry dist/hook.js reads stdin itself). */
export async function runHookCommand(args: string[], readPayload: () => Promise<StdinRead>): Promise<number> {
  const agent = optionValue(args, '--agent') ?? '';
  const adapter = hookAdapterFor(agent);
  if (!adapter) {
    process.stderr.write(`cli.js hook: --agent must be one of ${HOOK_ADAPTERS.map((a) => a.agent).join(', ')}; refusing the call\n`);
    return 2;
  }
  // Only the hook command line (a user-level file) can loosen the fail mode; no environment
  // variable can, since an agent's process environment is not the user's decision.
  const fm = optionValue(args, '--fail-mode');
  const failMode: FailMode | undefined = fm === 'allow' || fm === 'deny' ? fm : undefined;
  const debug = process.env['DESTRUCTIVE_GATE_DEBUG'] === '1';
  try {
    const payload = await readPayload();
    const userRules = loadUserRuleHints(path.join(os.homedir(), '.destructive-gate', 'bin', PREFILTER_FILE), __filename);
    const result = await runHook(adapter, {
      ...(userRules ? { userRules } : {}),
      payload,
      env: process.env,
      processCwd: process.cwd(),
      ask: (body) => askEditor(body, { env: process.env }),
      ...(failMode ? { failMode } : {}),
      ...(debug ? { log: (l: string) => process.stderr.write(`[gate hook] ${l}\n`) } : {}),
    });
    return emit(result.answer);
  } catch (err) {
    return emit(adapter.deny(unreadableMessage(`internal error: ${err instanceof Error ? err.message : String(err)}`)));
  }
}

export const hookVerb: Verb = {
  name: 'hook',
  summary: `answer an agent pre-tool hook (--agent ${HOOK_ADAPTERS.map((a) => a.agent).join('|')})`,
  async run(args: string[]): Promise<number> {
    const out = optionValue(args, '--write-prefilter');
    if (out !== undefined) return writePrefilter(out);
    return runHookCommand(args, () => readBoundedStdin(process.stdin));
  },
};

/** `hook --write-prefilter <file>`: the built-in prefilter for this cli (the extension writes the policy-aware one). */
function writePrefilter(file: string): number {
  const text = prefilterFileText(__filename, encodeShellPrefilter(buildShellPrefilter()));
  if (text === undefined) return 1;
  fs.writeFileSync(file, text, { mode: 0o600 });
  return 0;
}
