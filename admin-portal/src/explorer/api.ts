import type { GraphiQLProps } from 'graphiql';
import { Kind, parse } from 'graphql';

/**
 * R-SYNC-1: how the explorer calls the API — as a third party does: `POST /graphql` on this
 * server, JSON (Apollo's CSRF prevention wants it), the token as `Authorization: Bearer`, and no
 * cookies, so a staff session open in the admin app never answers in the token's place.
 */
export type Fetcher = GraphiQLProps['fetcher'];

export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export const GRAPHQL_PATH = '/graphql';

export async function callApi<T>(token: string, body: { query: string; variables?: unknown; operationName?: string | null }): Promise<GraphQLAnswer<T>> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLAnswer<T>;
  } catch {
    return { errors: [{ message: `O servidor respondeu HTTP ${response.status} sem JSON.` }] };
  }
}

/**
 * The operation to run, if the document names it. Right after switching tabs GraphiQL may still
 * hold the previous tab's operation name; sent as is, the server would refuse the call
 * (OPERATION_RESOLUTION_FAILURE). Left out, a one-operation document runs that operation.
 */
export function operationNameIn(query: string, name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  try {
    return parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name) ? name : undefined;
  } catch {
    return name; // not parseable here: the server says what is wrong
  }
}

/** GraphiQL's fetcher: every operation (introspection included) with the token. */
export const tokenFetcher = (token: string): Fetcher => (params) =>
  callApi(token, { query: params.query, variables: params.variables, operationName: operationNameIn(params.query, params.operationName) }) as ReturnType<Fetcher>;
