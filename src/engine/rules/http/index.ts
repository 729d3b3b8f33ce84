import type { Rule } from '../rule';
import { deleteRequest } from './deleteRequest';
import { destroyingEndpoint } from './destroyingEndpoint';
import { graphqlDestroyingMutation } from './graphqlDestroyingMutation';
import { graphqlPersistedQuery } from './graphqlPersistedQuery';
import { graphqlReplaceUpsert } from './graphqlReplaceUpsert';
import { graphqlRestore } from './graphqlRestore';
import { graphqlUnfilteredBulkWrite } from './graphqlUnfilteredBulkWrite';
import { graphqlUnreadable } from './graphqlUnreadable';

/** The GraphQL rules whose finders also read GraphQL carried by MCP tool arguments. */
export const graphqlRules = [graphqlDestroyingMutation, graphqlReplaceUpsert, graphqlRestore, graphqlUnfilteredBulkWrite] as const;

export const httpRules: readonly Rule[] = [...graphqlRules, graphqlPersistedQuery, graphqlUnreadable, deleteRequest, destroyingEndpoint];
