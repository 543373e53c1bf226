import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema, type GraphQLFieldConfigMap } from 'graphql';
import { tokenScopeOf } from './access.js';

/**
 * R-SYNC-1: the part of the schema a third party can build on — the root fields an API token may
 * call and every type they reach. Printed into `schema/integration.graphql` beside the whole
 * contract, so an ERP integrator reads only what is theirs and a change to it shows in review.
 */
export function integrationSurface(schema: GraphQLSchema): GraphQLSchema {
  const rootOf = (type: GraphQLObjectType | null | undefined) => {
    if (!type) return undefined;
    const config = type.toConfig();
    const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
    for (const [name, field] of Object.entries(config.fields)) if (tokenScopeOf(field)) fields[name] = field;
    return Object.keys(fields).length ? new GraphQLObjectType({ ...config, fields }) : undefined;
  };
  return new GraphQLSchema({ query: rootOf(schema.getQueryType()), mutation: rootOf(schema.getMutationType()), subscription: rootOf(schema.getSubscriptionType()) });
}

/** What `schema/integration.graphql` must contain. */
export function printIntegrationContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(integrationSurface(schema)))}\n`;
}

/** A breaking change accepted on purpose: named by its kind and path, with the reason third parties were told. */
export interface AcceptedBreak {
  change: string;
  reason: string;
}

/** How a change is named in `schema/breaking-changes.json`: "FIELD_REMOVED Unit.area". */
export const changeName = (change: Change) => `${change.type} ${change.path ?? ''}`.trim();

/**
 * The changes from `before` to `after` that would break a client written against `before`
 * (a field or type removed, a type changed, a required argument added…) and that nobody accepted.
 */
export async function unacceptedBreaks(before: string, after: string, accepted: readonly AcceptedBreak[]): Promise<Change[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const ok = new Set(accepted.map((a) => a.change));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !ok.has(changeName(c)));
}
