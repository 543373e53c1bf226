import { buildClientSchema, buildSchema, getIntrospectionQuery, GraphQLObjectType, GraphQLSchema, type IntrospectionQuery } from 'graphql';
// The part of the API tokens may call, as the server prints it (`npm run schema`, drift-checked).
import contractSdl from '../../../schema/integration.graphql?raw';
import { callApi } from './api';

const contract = buildSchema(contractSdl);
const namesOf = (type: GraphQLObjectType | null | undefined) => new Set(Object.keys(type?.getFields() ?? {}));

/** A root type with only the fields a token may call (none: no root). */
function narrowed(root: GraphQLObjectType | null | undefined, allowed: Set<string>): GraphQLObjectType | undefined {
  if (!root) return undefined;
  const config = root.toConfig();
  const fields = Object.fromEntries(Object.entries(config.fields).filter(([name]) => allowed.has(name)));
  return Object.keys(fields).length ? new GraphQLObjectType({ ...config, fields }) : undefined;
}

/**
 * R-SYNC-1: the schema the explorer documents and checks operations against — the server's own
 * (as the token introspects it: descriptions, types), with the root operations narrowed to those a
 * token may call. Types only staff or customers reach drop out with them; a staff operation typed
 * in the editor is marked unknown rather than answered FORBIDDEN.
 */
export function tokenSurface(schema: GraphQLSchema): GraphQLSchema {
  return new GraphQLSchema({
    description: schema.description,
    query: narrowed(schema.getQueryType(), namesOf(contract.getQueryType())),
    mutation: narrowed(schema.getMutationType(), namesOf(contract.getMutationType())),
    subscription: narrowed(schema.getSubscriptionType(), namesOf(contract.getSubscriptionType())),
    directives: schema.getDirectives(),
  });
}

/** The token introspects the server (the standard query, as GraphiQL sends it); the answer narrowed to what it may call. */
export async function loadTokenSchema(token: string): Promise<GraphQLSchema> {
  const answer = await callApi<IntrospectionQuery>(token, {
    query: getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }),
    operationName: 'IntrospectionQuery',
  });
  if (!answer.data?.__schema) throw new Error(answer.errors?.[0]?.message ?? 'O servidor não devolveu o esquema.');
  return tokenSurface(buildClientSchema(answer.data));
}
