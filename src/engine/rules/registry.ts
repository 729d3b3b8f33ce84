// Every built-in rule pack, and the index from command basename to the rules that read it.

import type { Rule, ToolRule } from './rule';
import { filesystemRules } from './filesystem';
import { gitRules } from './git';
import { diskRules } from './disk';
import { systemRules } from './system';
import { forgeRules } from './forge';
import { automationRules } from './automation';
import { databasesRules } from './databases';
import { httpRules } from './http';
import { mcpRules, mcpToolRules } from './mcp';
import { railwayRules } from './railway';
import { flyRules } from './fly';
import { herokuRules } from './heroku';
import { platformsRules } from './platforms';
import { awsRules } from './aws';
import { gcpRules } from './gcp';
import { azureRules } from './azure';
import { kubernetesRules } from './kubernetes';
import { iacRules } from './iac';
import { containersRules } from './containers';
import { interpretersRules } from './interpreters';

export const BUILT_IN_RULES: readonly Rule[] = [
  ...filesystemRules,
  ...gitRules,
  ...diskRules,
  ...systemRules,
  ...forgeRules,
  ...automationRules,
  ...databasesRules,
  ...httpRules,
  ...mcpRules,
  ...railwayRules,
  ...flyRules,
  ...herokuRules,
  ...platformsRules,
  ...awsRules,
  ...gcpRules,
  ...azureRules,
  ...kubernetesRules,
  ...iacRules,
  ...containersRules,
  ...interpretersRules,
];

export const BUILT_IN_TOOL_RULES: readonly ToolRule[] = [...mcpToolRules];

export interface RuleIndex {
  byCommand: ReadonlyMap<string, readonly Rule[]>;
  everyCommand: readonly Rule[];
  all: readonly Rule[];
}

export function indexRules(rules: readonly Rule[]): RuleIndex {
  const byCommand = new Map<string, Rule[]>();
  const everyCommand: Rule[] = [];
  for (const rule of rules) {
    for (const name of rule.commands) {
      if (name === '*') {
        everyCommand.push(rule);
        continue;
      }
      const list = byCommand.get(name);
      if (list) list.push(rule);
      else byCommand.set(name, [rule]);
    }
  }
  return { byCommand, everyCommand, all: rules };
}

export const BUILT_IN_INDEX: RuleIndex = indexRules(BUILT_IN_RULES);

/** Every command basename some built-in rule reads: the shell prefilter is generated from this. */
export function gatedCommandNames(index: RuleIndex = BUILT_IN_INDEX): string[] {
  return [...index.byCommand.keys()].sort();
}
