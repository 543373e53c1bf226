import { createGraphQLClient } from './shared/graphql-client';

export const client = createGraphQLClient('client');
