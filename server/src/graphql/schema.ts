import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import type { Events } from './pubsub.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AccountResolver } from '../modules/auth/account.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { PortalResolver } from '../modules/portal/portal.resolver.js';
import { enforceAccess } from './access.js';

export const resolvers = [AuthResolver, AccountResolver, PortalResolver, AuditResolver] as const;

/** The one schema everyone uses, with every root field's access policy enforced. */
export async function createSchema(pubSub: PubSub<Events> = createPubSub<Events>()): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: pubSub as never });
  return enforceAccess(schema);
}

/** What `schema/schema.graphql` must contain: the printed schema, sorted so it diffs cleanly. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
