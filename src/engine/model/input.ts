// What the engine is given. Everything here is plain data gathered by the caller:
// the engine itself never touches the file system, the network or the clock.

import type { Policy } from './policy';

export type AgentName =
  | 'cursor'
  | 'claude-code'
  | 'vscode'
  | 'gemini'
  | 'codex'
  | 'windsurf'
  | 'cline'
  | 'copilot-cli'
  | 'mcp';

/** An agent tool call: the JSON that agent's hook receives on stdin (for `mcp`, a JSON-RPC `tools/call`). */
export interface ToolCallInput {
  agent: AgentName;
  payload: unknown;
}

/** Machine state read by `src/facts` (node-only) and handed to the engine. */
export interface Facts {
  kubeContext?: { name: string; source: string };
  terraformWorkspace?: { name: string; source: string };
  railway?: { project?: string; environment?: string; source: string };
  gcloud?: { project?: string; configuration?: string; source: string };
  awsProfile?: { name: string; source: string };
  gitBranch?: string;
  /** Workspace folders of the editor window, absolute. */
  workspaceRoots?: string[];
}

/**
 * Reads a file named on the command line (a script, a `.sql` file), bounded in size.
 * Supplied by the caller so the engine stays free of I/O; returns undefined when the
 * file does not exist, is too large, or is not text.
 */
export type FileReader = (absolutePath: string) => string | undefined;

export interface EngineInput {
  command?: string;
  tool?: ToolCallInput;
  /** Absolute working folder. */
  cwd: string;
  /** The terminal's (or the command's) environment. `HOME` in it moves `~`. */
  env: Readonly<Record<string, string | undefined>>;
  facts?: Facts;
  policy?: Policy;
  readFile?: FileReader;
}
