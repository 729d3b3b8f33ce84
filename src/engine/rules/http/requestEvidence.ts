// Where a raw API call lands, from the request alone. An account token reaches every environment,
// so the terminal's RAILWAY_ENVIRONMENT (or a folder link) says nothing here: only the host and the
// user's own mapping of resource ids speak. Ids are not read for words: a name such as
// `staging-products` is what the agent believes, not evidence (the incident's mistake).

import { globMatch } from '../../resolve/glob';
import type { EnvHint, RuleContext } from '../rule';

export function hostHints(hosts: readonly (string | undefined)[]): EnvHint[] {
  const seen = new Set<string>();
  const out: EnvHint[] = [];
  for (const h of hosts) {
    if (h === undefined || h === '' || seen.has(h)) continue;
    seen.add(h);
    out.push({ kind: 'host', value: h, label: `from the request host ${h}` });
  }
  return out;
}

/** Resource ids the user mapped to an environment in settings; unmapped ids give no evidence. */
export function mappedResourceHints(ids: readonly string[], ctx: RuleContext): EnvHint[] {
  const mappings = ctx.input.policy?.environments ?? [];
  if (mappings.length === 0) return [];
  const out: EnvHint[] = [];
  for (const id of new Set(ids)) {
    if (mappings.some((m) => m.resources.some((g) => globMatch(g, id)))) out.push({ kind: 'resource', value: id, label: `from the resource id ${id}` });
  }
  return out;
}
