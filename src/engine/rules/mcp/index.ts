import type { Rule, ToolRule } from '../rule';

export const mcpRules: readonly Rule[] = [];
export const mcpToolRules: readonly ToolRule[] = [];
