// The one place that decides, for every entry point: re-evaluates the request with the engine
// (never trusting a client's verdict), lets allowed actions through, refuses denied ones, and
// asks the human for the rest, one dialog at a time. Every gated decision is audited.

import type { Decision } from '../../engine/model/decision';
import type { Facts } from '../../engine/model/input';
import type { Policy } from '../../engine/model/policy';
import { evaluate } from '../../engine/evaluate';
import { PROTOCOL_VERSION, type AskOutcome, type AskReply, type AskRequest } from '../../protocol/messages';
import type { AuditRecord } from '../audit/auditLog';
import { redact } from '../ui/redact';
import { OneShotPasses } from './oneShotPasses';
import { RequestQueue } from './requestQueue';
import { boundedFileReader } from './boundedFileReader';

export interface GateServiceDeps {
  policy(): Policy;
  confirmOptions(): { timeoutSeconds: number; delaySeconds: number };
  /** Remaining pause in ms, 0 when armed. */
  pausedForMs(): number;
  workspaceRoots(): string[];
  gatherFacts?(cwd: string, env: Readonly<Record<string, string>>): Facts;
  /** Rules of live allowances that cover every finding of this request (none: ask). */
  allowance?(decision: Decision, req: AskRequest): { rules: string[]; minutesLeft: number } | undefined;
  /** `allowance` when the user granted, from the dialog, an allowance that now covers the request. */
  confirm(decision: Decision, req: AskRequest): Promise<'confirmed' | 'cancelled' | 'timed-out' | 'allowance'>;
  showDenied(decision: Decision, req: AskRequest): Promise<void>;
  audit(record: AuditRecord): void;
  log(message: string): void;
}

function describeAction(req: AskRequest): string {
  if (req.command !== undefined) return redact(req.command);
  return redact(`${req.tool?.agent ?? 'tool'} tool call ${JSON.stringify(req.tool?.payload ?? null).slice(0, 400)}`);
}

export class GateService {
  private readonly queue = new RequestQueue<AskOutcome>();
  readonly passes = new OneShotPasses();

  constructor(private readonly deps: GateServiceDeps) {}

  evaluate(req: Pick<AskRequest, 'command' | 'tool' | 'cwd' | 'env'>): Decision {
    const env = req.env ?? {};
    const facts: Facts = { ...(this.deps.gatherFacts?.(req.cwd, env) ?? {}), workspaceRoots: this.deps.workspaceRoots() };
    return evaluate({ command: req.command, tool: req.tool, cwd: req.cwd, env, facts, policy: this.deps.policy(), readFile: boundedFileReader });
  }

  async handle(req: AskRequest): Promise<AskReply> {
    const decision = this.evaluate(req);
    const reply = (answer: 'allow' | 'deny', outcome: AskOutcome, message: string): AskReply => ({ v: PROTOCOL_VERSION, id: req.id, ok: true, verb: 'ask', answer, outcome, message, decision });

    if (decision.verdict === 'allow') {
      const off = decision.trace.includes('the gate is disabled in settings');
      return reply('allow', off ? 'disabled' : 'not-gated', off ? 'The gate is turned off in settings.' : 'Not a destructive action.');
    }
    const lineKey = req.command ?? JSON.stringify(req.tool ?? null);
    const target = decision.target ?? '';
    if (decision.verdict === 'deny') {
      this.record(req, decision, 'denied');
      // The refusal is shown in turn with other dialogs but the client is answered at once.
      this.queue.run(`deny\u0000${req.cwd}\u0000${lineKey}`, async () => {
        await this.deps.showDenied(decision, req).catch((e: unknown) => this.deps.log(`deny dialog failed: ${String(e)}`));
        return 'denied';
      }).result.catch(() => undefined);
      return reply('deny', 'denied', `Refused by ${decision.findings.find((f) => f.verdict === 'deny')?.rule ?? 'the gate'}: this action cannot be confirmed.`);
    }
    const paused = this.deps.pausedForMs();
    if (paused > 0) {
      this.record(req, decision, 'paused');
      return reply('allow', 'paused', `The gate is paused for ${Math.ceil(paused / 60000)} more minute(s).`);
    }
    const allowed = this.deps.allowance?.(decision, req);
    if (allowed) {
      this.record(req, decision, 'allowance');
      return reply('allow', 'allowance', `Allowed without asking: you allowed ${allowed.rules.join(', ')} here for ${allowed.minutesLeft} more minute(s).`);
    }
    if (this.passes.consume(lineKey, req.cwd)) {
      this.record(req, decision, 'one-shot-pass');
      return reply('allow', 'one-shot-pass', `Already confirmed moments ago (typed ${target}).`);
    }
    const { result, joined } = this.queue.run(`ask\u0000${req.cwd}\u0000${lineKey}`, async () => {
      let outcome: AskOutcome;
      // An allowance granted from the dialog of an earlier request covers this one too.
      if (this.deps.allowance?.(decision, req)) {
        this.record(req, decision, 'allowance');
        return 'allowance';
      }
      try {
        outcome = await this.deps.confirm(decision, req);
      } catch (e) {
        this.deps.log(`confirmation dialog failed: ${String(e)}`);
        outcome = 'cancelled';
      }
      if (outcome === 'confirmed') this.passes.grant(lineKey, req.cwd);
      this.record(req, decision, outcome);
      return outcome;
    });
    if (joined) this.deps.log(`request ${req.id} joined an identical pending request`);
    const outcome = await result;
    if (outcome === 'confirmed') return reply('allow', 'confirmed', `Confirmed by the user (typed ${target}).`);
    if (outcome === 'allowance') return reply('allow', 'allowance', `Allowed: the user allowed ${[...new Set(decision.findings.map((f) => f.rule))].join(', ')} here for a while.`);
    if (outcome === 'timed-out') return reply('deny', 'timed-out', 'Nobody confirmed in time; the action was refused.');
    return reply('deny', 'cancelled', 'The user cancelled; the action was refused.');
  }

  private record(req: AskRequest, decision: Decision, outcome: AuditRecord['outcome']): void {
    const rec: AuditRecord = {
      time: new Date().toISOString(),
      window: process.pid,
      source: req.source.kind,
      command: describeAction(req),
      cwd: req.cwd,
      rules: [...new Set(decision.findings.map((f) => f.rule))],
      verdict: decision.verdict,
      outcome,
    };
    const agent = req.source.agent ?? req.source.server;
    if (agent) rec.agent = agent;
    if (decision.target !== undefined) rec.target = decision.target;
    if (decision.environment) {
      rec.environment = decision.environment.name;
      rec.evidence = [...decision.environment.evidence];
    }
    try {
      this.deps.audit(rec);
    } catch (e) {
      this.deps.log(`audit write failed: ${String(e)}`);
    }
  }
}
