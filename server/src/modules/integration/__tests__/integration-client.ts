import { GraphQLClient } from '../../../test/graphql-client.js';
import type { TestServer } from '../../../test/harness.js';
import type { World } from '../../../test/world.js';

export const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name scopes prefix } } }`;

/** An ADMIN of the world creates a token; the answer is a client that calls with it (Authorization: Bearer). */
export async function tokenClient(server: TestServer, world: World, scopes: string[] = ['INTEGRATION'], name = 'ERP de teste') {
  const { client: admin } = await world.staff();
  const { createApiToken } = await admin.ok(CREATE_TOKEN, { i: { name, scopes } });
  const client = new GraphQLClient(server.url);
  client.bearer = createApiToken.secret;
  return { client, admin, token: createApiToken.token as { id: string; name: string; scopes: string[]; prefix: string }, secret: createApiToken.secret as string };
}

const RESULT = `kind applied replayed inserted updated unchanged errors { index erpCode field code message } runId`;

/** The upsert mutation of a kind (`upsertUnits`), with the whole result. */
export const upsertOf = (mutation: string, input: string) => `mutation($i: ${input}!) { ${mutation}(input: $i) { ${RESULT} } }`;

export const UPSERT = {
  developments: upsertOf('upsertDevelopments', 'DevelopmentBatch'),
  blocks: upsertOf('upsertBlocks', 'BlockBatch'),
  stages: upsertOf('upsertStages', 'StageBatch'),
  units: upsertOf('upsertUnits', 'UnitBatch'),
  customers: upsertOf('upsertCustomers', 'CustomerBatch'),
  associationTypes: upsertOf('upsertAssociationTypes', 'AssociationTypeBatch'),
  reservations: upsertOf('upsertReservations', 'ReservationBatch'),
  contractTypes: upsertOf('upsertContractTypes', 'ContractTypeBatch'),
  contracts: upsertOf('upsertContracts', 'ContractBatch'),
  installmentPlans: upsertOf('upsertInstallmentPlans', 'InstallmentPlanBatch'),
  installments: upsertOf('upsertInstallments', 'InstallmentBatch'),
  bills: upsertOf('upsertBills', 'BillBatch'),
} as const;

let keys = 0;
/** A fresh idempotency key. */
export const key = (what = 'lote') => `${what}-${process.pid}-${++keys}-${Date.now()}`;
