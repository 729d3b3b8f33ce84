// One rule per platform CLI from a small description: where its verb sits, which nouns hold data,
// which are configuration, and which options name the target and the environment. The policy's
// catch-all ("any subcommand whose verb deletes a resource that holds data or infrastructure")
// is the same shape across these CLIs; only their vocabularies differ.

import type { SimpleCommand } from '../../model/command';
import { optionValue, parseArgs, type ParsedArgs } from '../args';
import type { Hit, Rule, RuleContext, ToolBinding } from '../rule';
import { consentGiven, YES_FLAGS } from './consent';
import { cwdName, DELETING_VERBS, nameOrCount, type DeletingVerb } from './deletingVerb';
import { optionHints, resourceHint } from './evidence';

export interface PlatformCli {
  id: string;
  commands: readonly string[];
  reason: string;
  safer?: string;
  tool?: ToolBinding;
  valued?: readonly string[];
  /** `sites:delete`, `firestore:delete`: the first word holds topic and verb. */
  colonTopics?: boolean;
  depth?: number;
  /** `service-instance-delete`, `mysql-delete`: a verb glued to its noun. */
  verbSuffixes?: boolean;
  /** Extra verbs (doctl's `d`), subject to `verbAt`. */
  extraVerbs?: ReadonlySet<string>;
  verbAt?: (words: readonly string[], index: number) => boolean;
  /** `eksctl delete cluster x`: the verb comes before the noun. */
  verbFirst?: boolean;
  /** When set, only these nouns (anywhere before the verb) are gated. */
  data?: ReadonlySet<string>;
  /** Nouns that are configuration, credentials or outside the default policy. */
  configuration?: ReadonlySet<string>;
  /** The kind deleted when the verb is the first word (`vercel remove x`, `kamal remove`); unset: not gated. */
  rootKind?: string;
  accept?: (found: DeletingVerb, parsed: ParsedArgs) => boolean;
  targetOptions?: readonly string[];
  /** Which of the names after the verb is the target: all (a count when several), the first, or the last. */
  pick?: 'all' | 'first' | 'last';
  envFlags?: readonly string[];
  contextFlags?: readonly string[];
  consent?: readonly string[];
}

function findVerb(spec: PlatformCli, words: readonly string[]): DeletingVerb | undefined {
  const depth = Math.min(spec.depth ?? 4, words.length);
  for (let i = 0; i < depth; i++) {
    const raw = words[i] as string;
    const w = raw.toLowerCase();
    let verb: string | undefined;
    let glued: string | undefined;
    if (DELETING_VERBS.has(w)) verb = w;
    else if (spec.extraVerbs?.has(w) && (spec.verbAt?.(words, i) ?? true)) verb = w;
    else if (spec.verbSuffixes) {
      const m = /^(.+)-(delete|destroy|remove|rm|terminate|purge)$/.exec(w);
      if (m) {
        verb = m[2];
        glued = m[1];
      }
    }
    if (verb === undefined) continue;
    const path = words.slice(0, i).map((p) => p.toLowerCase());
    if (glued !== undefined) path.push(glued);
    return { verb, index: i, path, rest: words.slice(i + 1) };
  }
  return undefined;
}

function splitColon(words: readonly string[]): string[] {
  const [first, ...rest] = words;
  return first === undefined ? [] : [...first.split(':').filter((p) => p.length > 0), ...rest];
}

function plural(kind: string): string {
  return kind.endsWith('s') ? kind : `${kind}s`;
}

export function platformDeleteRule(spec: PlatformCli): Rule {
  return {
    id: spec.id,
    severity: 'high',
    verdict: 'confirm',
    reason: spec.reason,
    ...(spec.safer !== undefined ? { safer: spec.safer } : {}),
    tool: spec.tool ?? 'platform',
    commands: spec.commands,
    match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
      const parsed = parseArgs(cmd.args.map((a) => a.value), { valued: spec.valued ?? [] });
      const words = spec.colonTopics ? splitColon(parsed.positionals) : parsed.positionals;
      const found = findVerb(spec, words);
      if (found === undefined) return undefined;
      let nouns = found.path;
      let names = found.rest;
      if (spec.verbFirst) {
        if (nouns.length > 0 || names.length === 0) return undefined;
        nouns = [(names[0] as string).toLowerCase()];
        names = names.slice(1);
      }
      if (nouns.length === 0 && spec.rootKind === undefined) return undefined;
      if (nouns.some((n) => spec.configuration?.has(n) === true)) return undefined;
      if (spec.data !== undefined && nouns.length > 0 && !nouns.some((n) => spec.data?.has(n) === true)) return undefined;
      if (spec.accept !== undefined && !spec.accept({ ...found, path: nouns, rest: names }, parsed)) return undefined;
      const kind = nouns[nouns.length - 1] ?? spec.rootKind ?? 'resource';
      const pick = spec.pick ?? 'all';
      const chosen = pick === 'first' ? names.slice(0, 1) : pick === 'last' ? names.slice(-1) : names;
      const fromOption = optionValue(parsed, ...(spec.targetOptions ?? []));
      const named = fromOption ?? (chosen.length === 1 ? chosen[0] : undefined);
      const target = fromOption ?? nameOrCount(chosen, plural(kind)) ?? cwdName(ctx.cwd);
      const preAnswered = consentGiven(parsed, spec.consent ?? YES_FLAGS);
      return {
        target,
        reason: `${cmd.name} ${[...found.path, found.verb].join(' ')}: ${spec.reason}`,
        hints: [
          ...optionHints(parsed, 'flag', ...(spec.envFlags ?? [])),
          ...optionHints(parsed, 'context', ...(spec.contextFlags ?? [])),
          ...resourceHint(named, kind),
        ],
        ...(preAnswered.length > 0 ? { preAnswered } : {}),
      };
    },
  };
}
