// What the dialogs say, built from the engine's Decision (never re-derived from text).
// vscode-free so the wording of every part is unit-tested.

import type { Decision, Environment } from '../../engine/model/decision';
import type { RequestSource } from '../../protocol/messages';
import { redact } from './redact';

const AGENT_NAMES: Record<string, string> = {
  cursor: 'Cursor agent',
  'claude-code': 'Claude Code',
  vscode: 'VS Code agent',
  gemini: 'Gemini CLI',
  codex: 'Codex',
  windsurf: 'Windsurf agent',
  cline: 'Cline',
  'copilot-cli': 'Copilot CLI',
  mcp: 'MCP client',
};

export function whoAsked(source: RequestSource): string {
  const label = source.label ? ` (${source.label})` : '';
  switch (source.kind) {
    case 'terminal':
      return `a terminal${label}`;
    case 'agent-hook':
      return `${source.agent ? (AGENT_NAMES[source.agent] ?? source.agent) : 'an AI agent'} (tool-call hook)${label}`;
    case 'mcp-proxy':
      return `MCP server ${source.server ?? 'unknown'}${label}`;
    case 'cli':
      return `the command line${label}`;
  }
}

/** "PRODUCTION, from RAILWAY_ENVIRONMENT=production" / "UNKNOWN, no evidence: treat as production". */
export function environmentLine(env: Environment | undefined): string {
  if (!env || env.evidence.length === 0) {
    const name = (env?.name ?? 'unknown').toUpperCase();
    return env && env.name !== 'unknown' ? name : `${name}, no evidence: treat as production`;
  }
  const evidence = env.evidence.join('; ');
  if (env.name === 'unknown') return `UNKNOWN, ${evidence}: treat as production`;
  return `${env.name.toUpperCase()}, ${evidence}`;
}

export function isDangerousEnvironment(env: Environment | undefined): boolean {
  return !env || env.name === 'production' || env.name === 'unknown';
}

export interface DialogText {
  title: string;
  detail: string;
}

function commandText(command: string | undefined): string {
  const c = redact(command ?? '').replace(/\s+\n/g, '\n');
  return c.length > 600 ? `${c.slice(0, 600)}… (${c.length} characters)` : c;
}

export function confirmText(decision: Decision, command: string | undefined, source: RequestSource, cwd: string): DialogText {
  const gated = decision.findings.filter((f) => f.verdict !== 'deny' || decision.verdict === 'deny');
  const first = gated[0];
  const lines: string[] = [];
  lines.push(`ENVIRONMENT: ${environmentLine(decision.environment)}`);
  lines.push('');
  for (const f of gated.slice(0, 4)) {
    lines.push(`What: ${f.reason}`);
    lines.push(`Rule: ${f.rule} (${f.severity}${f.source === 'user' ? ', your rule' : ''}) on ${f.target}`);
    if (f.safer) lines.push(`Safer: ${f.safer}`);
  }
  if (gated.length > 4) lines.push(`…and ${gated.length - 4} more finding(s)`);
  for (const u of decision.unverifiable.slice(0, 3)) lines.push(`Cannot verify: ${u.part}: ${u.reason}`);
  lines.push('');
  lines.push(`Command: ${commandText(command ?? first?.command)}`);
  lines.push(`Asked by: ${whoAsked(source)}`);
  lines.push(`Folder: ${cwd}`);
  lines.push('');
  lines.push(`To go on you must type: ${decision.target ?? first?.target ?? ''}`);
  const what = first ? first.reason.replace(/\.$/, '') : 'This action cannot be verified';
  return { title: `Destructive action on ${(decision.environment?.name ?? 'unknown').toUpperCase()}: ${what}`, detail: lines.join('\n') };
}

export function denyText(decision: Decision, command: string | undefined, source: RequestSource, cwd: string): DialogText {
  const denied = decision.findings.filter((f) => f.verdict === 'deny');
  const lines: string[] = [];
  for (const f of denied.slice(0, 4)) lines.push(`Why: ${f.reason}`, `Rule: ${f.rule} (${f.severity})`);
  lines.push('', `ENVIRONMENT: ${environmentLine(decision.environment)}`);
  lines.push(`Command: ${commandText(command ?? denied[0]?.command)}`);
  lines.push(`Asked by: ${whoAsked(source)}`, `Folder: ${cwd}`, '');
  const ids = denied.map((f) => f.rule).join(', ');
  lines.push(
    `This action cannot be confirmed from here. To change it, set "destructiveGate.verdictOverrides": { "${denied[0]?.rule ?? 'rule-id'}": "confirm" } in your user settings (rule${denied.length > 1 ? 's' : ''}: ${ids}); the change itself must be approved.`,
  );
  return { title: `Refused: ${denied[0]?.reason.replace(/\.$/, '') ?? 'this action is never allowed'}`, detail: lines.join('\n') };
}
