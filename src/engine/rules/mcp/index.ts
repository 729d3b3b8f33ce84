import type { Rule, ToolRule } from '../rule';
import { destroyingTool } from './destroyingTool';
import { fileDeleteTool } from './fileDeleteTool';
import { graphqlArgument, sqlArgument } from './queryArgument';
import { shellArgument } from './shellArgument';

export const mcpRules: readonly Rule[] = [];
export const mcpToolRules: readonly ToolRule[] = [destroyingTool, fileDeleteTool, sqlArgument, graphqlArgument, shellArgument];
