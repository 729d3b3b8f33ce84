// Reading an MCP tool call's arguments: the typed target (the id-like argument, as for GraphQL
// fields), environment evidence the call itself carries, and consent flags the agent set.

import { fromJson } from '../../parse/graphql/readGraphqlDocument';
import type { GraphqlValue } from '../../parse/graphql/graphqlDocument';
import { fieldTarget, type FieldTarget } from '../http/fieldTarget';
import { mappedResourceHints } from '../http/requestEvidence';
import type { EnvHint, RuleContext, ToolCall } from '../rule';

export function toolTarget(call: ToolCall): FieldTarget {
  const args: Record<string, GraphqlValue> = {};
  for (const [k, v] of Object.entries(call.args)) args[k] = fromJson(v);
  return fieldTarget({ name: call.tool, args, children: [] });
}

const ENVIRONMENT_KEYS = new Set(['environment', 'env', 'environmentname', 'environment_name', 'stage', 'context', 'profile']);

/** `environment: "production"` on the call names where the tool acts, like `--environment` on a CLI. */
export function toolHints(call: ToolCall, found: FieldTarget, ctx: RuleContext): EnvHint[] {
  const hints: EnvHint[] = [];
  for (const [k, v] of Object.entries(call.args)) {
    if (typeof v === 'string' && v !== '' && ENVIRONMENT_KEYS.has(k.toLowerCase())) hints.push({ kind: 'flag', value: v, label: `from the tool argument ${k}: ${v}` });
  }
  return [...hints, ...mappedResourceHints(found.ids, ctx)];
}

const CONSENT_KEYS = ['confirm', 'confirmed', 'confirmation', 'force', 'yes', 'approve', 'approved', 'i_understand', 'acknowledge', 'skip_confirmation', 'skipConfirmation'];

/** Consent the agent pre-supplied in the arguments: never a human's. */
export function consentArguments(call: ToolCall): string[] {
  return CONSENT_KEYS.filter((k) => call.args[k] === true || call.args[k] === 'true' || call.args[k] === 'yes').map((k) => `${k}: true`);
}

/** Every string in the arguments, with its key, at any depth (bounded). */
export function stringArguments(args: Readonly<Record<string, unknown>>): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const walk = (key: string, v: unknown, depth: number): void => {
    if (out.length > 500 || depth > 8) return;
    if (typeof v === 'string') out.push({ key, value: v });
    else if (Array.isArray(v)) for (const x of v as unknown[]) walk(key, x, depth + 1);
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(k, x, depth + 1);
  };
  for (const [k, v] of Object.entries(args)) walk(k, v, 0);
  return out;
}
