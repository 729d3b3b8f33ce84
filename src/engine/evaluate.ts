// The engine's one entry point: a command line or an agent tool call in, a Decision out.
// Pure: no I/O, no clock, never throws, bounded work for any input.

import type { SimpleCommand } from './model/command';
import type { Decision, Finding, Unverifiable } from './model/decision';
import type { EngineInput } from './model/input';
import { DEFAULT_POLICY, type Policy } from './model/policy';
import { parseLine } from './parse/shell/parseLine';
import { mayNeedReading, splitStatements } from './parse/shell/quickScan';
import { normaliseToolCall } from './parse/toolCall/normaliseToolCall';
import { BUILT_IN_INDEX, BUILT_IN_TOOL_RULES, type RuleIndex } from './rules/registry';
import type { Hit, NestedResult, Rule, RuleContext, ToolCall, ToolRule } from './rules/rule';
import { environmentFor } from './resolve/environmentFor';
import { decide, unverifiableFinding } from './decide/decide';
import { userRuleFindings, lineIsAllowed, toolCallAsCommand } from './decide/userRules';

/** Inputs larger than this are judged on their first part, and the rest is reported unverifiable. */
export const MAX_INPUT_CHARS = 1_000_000;
/** Lines longer than this are read statement by statement. */
const LONG_LINE_CHARS = 100_000;

export function evaluate(input: EngineInput): Decision {
  try {
    return evaluateUnsafe(input);
  } catch (err) {
    // A bug in a reader must never let an action through silently.
    const message = err instanceof Error ? err.message : String(err);
    return {
      verdict: 'confirm',
      findings: [],
      target: 'cannot verify',
      environment: { name: 'unknown', evidence: ['no evidence found: treat as production'] },
      unverifiable: [{ part: (input.command ?? '').slice(0, 200), reason: `internal error while reading: ${message}` }],
      trace: [`internal error: ${message}`],
    };
  }
}

function evaluateUnsafe(input: EngineInput): Decision {
  const policy: Policy = input.policy ?? DEFAULT_POLICY;
  const trace: string[] = [];
  if (!policy.enabled) {
    return { verdict: 'allow', findings: [], unverifiable: [], trace: ['the gate is disabled in settings'] };
  }

  let command = input.command;
  let toolCall: ToolCall | undefined;
  const unverifiable: Unverifiable[] = [];
  if (input.tool !== undefined) {
    const normalised = normaliseToolCall(input.tool);
    trace.push(...normalised.trace);
    if (normalised.kind === 'shell') command = normalised.command;
    else if (normalised.kind === 'mcp') toolCall = normalised.call;
    else if (normalised.kind === 'invalid') unverifiable.push({ part: 'tool call', reason: normalised.reason });
    // kind 'other': a tool that cannot destroy anything (read, search): nothing to gate.
  }

  if (command !== undefined) {
    if (lineIsAllowed(command, policy)) {
      return { verdict: 'allow', findings: [], unverifiable: [], trace: [...trace, 'matched an allow pattern in settings'] };
    }
    // Most lines name nothing any rule reads: answer them without parsing or any set-up (user rules may match anything).
    if (policy.rules.length === 0 && !mayNeedReading(command)) {
      return { verdict: 'allow', findings: [], unverifiable: [], trace: [...trace, 'no word on the line is a command any rule or wrapper reads'] };
    }
  }

  const ctx = makeContext(input, BUILT_IN_INDEX, policy);
  const findings: Finding[] = [];

  if (command !== undefined) {
    let text = command;
    // A very long line is read statement by statement: statements that name nothing any rule reads (no
    // trigger word, no `$`, no `>`, no `cd`) cannot affect the others' reading and are left out.
    if (text.length > LONG_LINE_CHARS && policy.rules.length === 0) {
      const kept = splitStatements(text).filter((s) => mayNeedReading(s));
      text = kept.join('\n');
      trace.push(`long line: ${kept.length} statement(s) kept for reading`);
    }
    if (text.length > MAX_INPUT_CHARS) {
      unverifiable.push({ part: `${text.length} characters`, reason: `the line is longer than ${MAX_INPUT_CHARS} characters; only the first part was read` });
      text = text.slice(0, MAX_INPUT_CHARS);
    }
    const parsed = parseLine(text, { cwd: input.cwd, env: input.env, readFile: input.readFile, home: ctx.home });
    trace.push(`read ${parsed.commands.length} simple command(s): ${parsed.commands.map((c) => c.name || '(assignment)').join(', ')}`);
    unverifiable.push(...parsed.unverifiable);
    for (const cmd of parsed.commands) findings.push(...runRules(cmd, ctx, BUILT_IN_INDEX, policy, trace));
    if (policy.rules.length > 0) findings.push(...userRuleFindings(command, parsed.commands, undefined, policy, ctx));
  }
  if (toolCall !== undefined) {
    findings.push(...runToolRules(toolCall, ctx, BUILT_IN_TOOL_RULES, policy, trace));
    if (policy.rules.length > 0) findings.push(...userRuleFindings(undefined, [], toolCall, policy, ctx));
  }
  const cannotVerify = unverifiable.map((u) => unverifiableFinding(u, ctx));
  return decide([...findings, ...cannotVerify], unverifiable, trace);
}

function makeContext(input: EngineInput, index: RuleIndex, policy: Policy): RuleContext {
  const home = input.env['HOME'] ?? '/root';
  const ctx: RuleContext = {
    input,
    home,
    cwd: input.cwd,
    nested: (shellText: string): NestedResult => {
      const parsed = parseLine(shellText, { cwd: input.cwd, env: input.env, readFile: input.readFile, home, depth: 1 });
      const hits: NestedResult['hits'] = [];
      for (const cmd of parsed.commands) {
        for (const rule of rulesFor(cmd, index, policy)) {
          for (const hit of asHits(rule.match(cmd, ctx))) hits.push({ rule, hit, command: cmd });
        }
      }
      return { hits, unverifiable: parsed.unverifiable };
    },
  };
  return ctx;
}

function rulesFor(cmd: SimpleCommand, index: RuleIndex, policy: Policy): Rule[] {
  // `mkfs.bcachefs` reaches rules keyed `mkfs.*`: families of commands named by a prefix.
  const dot = cmd.name.indexOf('.');
  const named = index.byCommand.get(cmd.name) ?? (dot > 0 ? index.byCommand.get(cmd.name.slice(0, dot) + '.*') : undefined) ?? [];
  const all = named.length === 0 ? index.everyCommand : index.everyCommand.length === 0 ? named : [...named, ...index.everyCommand];
  return policy.disabledRules.size === 0 ? (all as Rule[]) : all.filter((r) => !policy.disabledRules.has(r.id));
}

function asHits(result: Hit | readonly Hit[] | undefined): readonly Hit[] {
  if (result === undefined) return [];
  return Array.isArray(result) ? (result as readonly Hit[]) : [result as Hit];
}

function runRules(cmd: SimpleCommand, lineCtx: RuleContext, index: RuleIndex, policy: Policy, trace: string[]): Finding[] {
  const out: Finding[] = [];
  // After `cd dir &&`, rules see the folder the command really runs in.
  const ctx: RuleContext = cmd.cwd !== undefined && cmd.cwd !== lineCtx.cwd ? { ...lineCtx, cwd: cmd.cwd } : lineCtx;
  for (const rule of rulesFor(cmd, index, policy)) {
    for (const hit of asHits(rule.match(cmd, ctx))) {
      out.push(toFinding(rule, hit, cmd, ctx, policy));
      trace.push(`${rule.id} fired on \`${cmd.text}\` → ${hit.verdict ?? rule.verdict}, target ${hit.target}`);
    }
  }
  return out;
}

function runToolRules(call: ToolCall, ctx: RuleContext, rules: readonly ToolRule[], policy: Policy, trace: string[]): Finding[] {
  const out: Finding[] = [];
  const pseudo = toolCallAsCommand(call);
  for (const rule of rules) {
    if (policy.disabledRules.has(rule.id)) continue;
    for (const hit of asHits(rule.matchTool(call, ctx))) {
      out.push(toFinding(rule, hit, pseudo, ctx, policy));
      trace.push(`${rule.id} fired on tool ${pseudo.text} → ${hit.verdict ?? rule.verdict}, target ${hit.target}`);
    }
  }
  return out;
}

export function toFinding(rule: Rule | ToolRule, hit: Hit, cmd: SimpleCommand, ctx: RuleContext, policy: Policy): Finding {
  const verdict = policy.verdictOverrides[rule.id] ?? hit.verdict ?? rule.verdict;
  const environment = environmentFor(rule.tool, hit, cmd, ctx);
  let reason = hit.reason ?? rule.reason;
  if (hit.preAnswered && hit.preAnswered.length > 0) {
    reason += ` (the caller pre-answered the tool's own prompt with ${hit.preAnswered.join(', ')}; that is not a human's consent)`;
  }
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    verdict,
    reason,
    target: hit.target,
    environment,
    source: 'built-in',
    command: cmd.text,
  };
  if (rule.safer !== undefined) finding.safer = rule.safer;
  if (hit.preAnswered && hit.preAnswered.length > 0) finding.preAnswered = [...hit.preAnswered];
  return finding;
}
