// Builds the engine's input from a request: validates untrusted JSON fields and supplies the
// bounded file reader the engine uses for scripts and .sql files named on the line.

import { readFileSync, statSync } from 'node:fs';
import type { AgentName, EngineInput, Facts, FileReader, ToolCallInput } from '../../engine/model/input';
import { gatherFacts } from '../../facts/gatherFacts';

/** Scripts and SQL files larger than this are not read (the line is judged without them). */
export const MAX_READ_BYTES = 256 * 1024;

export const readBoundedFile: FileReader = (absolutePath: string) => {
  try {
    const st = statSync(absolutePath);
    if (!st.isFile() || st.size > MAX_READ_BYTES) return undefined;
    const buf = readFileSync(absolutePath);
    if (buf.includes(0)) return undefined;
    return buf.toString('utf8');
  } catch {
    return undefined;
  }
};

const AGENTS: ReadonlySet<string> = new Set<AgentName>(['cursor', 'claude-code', 'vscode', 'gemini', 'codex', 'windsurf', 'cline', 'copilot-cli', 'mcp']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FACT_VARIABLES = ['HOME', 'KUBECONFIG', 'TF_WORKSPACE', 'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'CLOUDSDK_CONFIG', 'CLOUDSDK_ACTIVE_CONFIG_NAME', 'RAILWAY_TOKEN'];
const factsCache = new Map<string, { at: number; facts: Facts }>();
/** Facts are re-read at most this often for the same folder and variables (a batch of lines shares them). */
const FACTS_TTL_MS = 2000;

/** Adds machine facts (kube context, terraform workspace, Railway link, git branch...) for the input's folder. */
export function withMachineFacts(input: EngineInput): EngineInput {
  const key = input.cwd + '\0' + FACT_VARIABLES.map((v) => input.env[v] ?? '').join('\0');
  const now = Date.now();
  let hit = factsCache.get(key);
  if (!hit || now - hit.at > FACTS_TTL_MS) {
    hit = { at: now, facts: gatherFacts(input.cwd, input.env) };
    if (factsCache.size > 256) factsCache.clear();
    factsCache.set(key, hit);
  }
  return { ...input, facts: { ...hit.facts, ...input.facts } };
}

export type InputResult = { ok: true; input: EngineInput } | { ok: false; error: string };

/** Validates one `evaluate` line (spec/evaluate-contract.md). Unknown fields are ignored. */
export function engineInputFromJson(value: unknown, defaults: { cwd: string; env: Readonly<Record<string, string | undefined>> }): InputResult {
  if (!isRecord(value)) return { ok: false, error: 'expected a JSON object' };
  const { command, tool, cwd, env } = value;
  if (command !== undefined && typeof command !== 'string') return { ok: false, error: '"command" must be a string' };
  let toolInput: ToolCallInput | undefined;
  if (tool !== undefined) {
    if (!isRecord(tool)) return { ok: false, error: '"tool" must be an object {"agent", "payload"}' };
    if (typeof tool['agent'] !== 'string' || !AGENTS.has(tool['agent'])) return { ok: false, error: `"tool.agent" must be one of ${[...AGENTS].join(', ')}` };
    if (!('payload' in tool)) return { ok: false, error: '"tool.payload" is missing' };
    toolInput = { agent: tool['agent'] as AgentName, payload: tool['payload'] };
  }
  if (command === undefined && toolInput === undefined) return { ok: false, error: 'each line needs "command" or "tool"' };
  if (command !== undefined && toolInput !== undefined) return { ok: false, error: 'give "command" or "tool", not both' };
  if (cwd !== undefined && (typeof cwd !== 'string' || !cwd.startsWith('/'))) return { ok: false, error: '"cwd" must be an absolute path' };
  let envOut: Record<string, string | undefined> | undefined;
  if (env !== undefined) {
    if (!isRecord(env)) return { ok: false, error: '"env" must be an object of strings' };
    envOut = {};
    for (const [k, v] of Object.entries(env)) {
      if (typeof v !== 'string') return { ok: false, error: `"env.${k}" must be a string` };
      envOut[k] = v;
    }
  }
  const input: EngineInput = { cwd: (cwd as string | undefined) ?? defaults.cwd, env: envOut ?? defaults.env, readFile: readBoundedFile };
  if (command !== undefined) input.command = command;
  if (toolInput !== undefined) input.tool = toolInput;
  return { ok: true, input };
}
