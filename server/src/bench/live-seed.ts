import type pg from 'pg';
import { id, runSteps } from './seed.js';
import { seedSessions } from './sessions.js';

export interface LiveSize {
  /** Scenario 1: customers who all see one request (a holder and associates of one unit). */
  allSee: number;
  /** Scenario 2: customers with a unit and a request each, who see only their own. */
  oneSees: number;
}

export interface LiveData {
  /** Scenario 1's request, on the unit every `allTokens` customer sees. */
  allRequestId: string;
  allTokens: string[];
  /** Scenario 2's requests by customer (index as in `oneTokens`). */
  oneRequestId(index: number): string;
  oneTokens: string[];
  /** The two statuses events alternate between (neither final, so the request stays open and seen). */
  statusIds: [string, string];
  statusNames: [string, string];
  staffToken: string;
  /** A customer of their own for the trivial query that runs beside the fan-outs. */
  probeToken: string;
}

/**
 * The live bench's company, in plain SQL: one development served by one portal, one service
 * workflow, and
 * - scenario 1: one sold unit whose holder has `allSee − 1` associates of a type that sees the
 *   unit, one open request on it opened by the holder;
 * - scenario 2: `oneSees` customers, each holding their own unit with one open request;
 * - an ADMIN who changes statuses, and a customer for the trivial query.
 * Every customer has a session (token `live-all-n`, `live-one-n`).
 */
export async function seedLive(client: pg.Client, size: LiveSize): Promise<LiveData> {
  const company = id('company', "'live'");
  const portal = id('portal', "'live'");
  const dev = id('dev', "'live'");
  const customer = (key: string) => `insert into customer (id, company_id, name, document, email, created_at, updated_at)
      select ${id('cust', key)}, ${company}, 'Cliente ' || ${key}, md5(${key}), ${key} || '@live.test', now(), now()`;
  const account = (key: string) => `insert into account (id, company_id, kind, name, email, customer_id, login_active, permissions, created_at, updated_at)
      select ${id('acct', key)}, ${company}, 'CUSTOMER', 'Cliente ' || ${key}, ${key} || '@live.test', ${id('cust', key)}, true, '{}', now(), now()`;
  const request = (key: string, unit: string, number: string, openedBy: string) => `insert into request
      (id, company_id, number, kind, development_id, unit_id, subject_id, subsubject_id, status_id, opened_by_id, description, created_at, updated_at)
      select ${id('req', key)}, ${company}, ${number}, 'SERVICE', ${dev}, ${unit}, ${id('subj', "'live'")}, ${id('sub', "'live'")}, ${id('st', "'live-0'")}, ${openedBy}, 'Pedido', now(), now()`;
  const all = "'all-' || n";
  const one = "'one-' || n";
  await runSteps(client, [
    ['company', `insert into company (id, name, created_at, request_seq) select ${company}, 'Live Incorporadora', now(), ${size.oneSees + 1}`],
    ['portal', `insert into portal (id, company_id, name, slug, created_at) select ${portal}, ${company}, 'Portal Live', 'live', now()`],
    ['development', `insert into development (id, company_id, name, kind, allow_service_requests, allow_assistance_requests, created_at)
      select ${dev}, ${company}, 'Residencial Live', 'DEVELOPMENT', true, true, now()`],
    ['portal development', `insert into portal_development (portal_id, development_id) select ${portal}, ${dev}`],
    ['workflow', `insert into workflow (id, company_id, kind, name, show_finished_in_portal) select ${id('wf', "'live'")}, ${company}, 'SERVICE', 'Atendimentos', false`],
    ['statuses', `insert into workflow_status (id, workflow_id, name, is_final, is_initial, position)
      select ${id('st', "'live-' || s")}, ${id('wf', "'live'")}, (array['Aberto', 'Em análise', 'Concluído'])[s + 1], s = 2, s = 0, s from generate_series(0, 2) s`],
    ['subject', `insert into subject (id, company_id, kind, name, active) select ${id('subj', "'live'")}, ${company}, 'SERVICE', 'Financeiro', true`],
    ['subsubject', `insert into subsubject (id, subject_id, name, active) select ${id('sub', "'live'")}, ${id('subj', "'live'")}, '2ª via', true`],
    ['association type', `insert into association_type (id, company_id, name, sees_units_in_portal) select ${id('atype', "'live'")}, ${company}, 'Cônjuge', true`],
    // Scenario 1: all-1 holds the unit, all-2… are associates.
    ['all-see customers', `${customer(all)} from generate_series(1, ${size.allSee}) n`],
    ['all-see accounts', `${account(all)} from generate_series(1, ${size.allSee}) n`],
    ['all-see unit', `insert into unit (id, development_id, name) select ${id('unit', "'all'")}, ${dev}, 'Unidade Compartilhada'`],
    ['all-see reservation', `insert into reservation (id, unit_id, holder_id, status, created_at) select ${id('res', "'all'")}, ${id('unit', "'all'")}, ${id('cust', "'all-1'")}, 'SOLD', now()`],
    ['associates', `insert into reservation_associate (id, reservation_id, customer_id, association_type_id)
      select ${id('ra', all)}, ${id('res', "'all'")}, ${id('cust', all)}, ${id('atype', "'live'")} from generate_series(2, ${size.allSee}) n`],
    ['all-see request', request("'all'", id('unit', "'all'"), '1', id('acct', "'all-1'"))],
    // Scenario 2: one-n holds unit one-n, with one request.
    ['one-sees customers', `${customer(one)} from generate_series(1, ${size.oneSees}) n`],
    ['one-sees accounts', `${account(one)} from generate_series(1, ${size.oneSees}) n`],
    ['one-sees units', `insert into unit (id, development_id, name) select ${id('unit', one)}, ${dev}, 'Unidade ' || n from generate_series(1, ${size.oneSees}) n`],
    ['one-sees reservations', `insert into reservation (id, unit_id, holder_id, status, created_at)
      select ${id('res', one)}, ${id('unit', one)}, ${id('cust', one)}, 'SOLD', now() from generate_series(1, ${size.oneSees}) n`],
    ['one-sees requests', `${request(one, id('unit', one), 'n + 1', id('acct', one))} from generate_series(1, ${size.oneSees}) n`],
    ['probe customer', `${customer("'probe'")}`],
    ['probe account', `${account("'probe'")}`],
    ['staff', `insert into account (id, company_id, kind, name, email, staff_role, login_active, permissions, created_at, updated_at)
      select ${id('acct', "'staff'")}, ${company}, 'STAFF', 'Equipe Live', 'equipe@live.test', 'ADMIN', true, '{}', now(), now()`],
  ]);
  const portalId = await valueOf(client, portal);
  const allTokens = await seedSessions(client, 'live-all-', size.allSee, (n) => id('acct', `'all-' || ${n}`), portalId);
  const oneTokens = await seedSessions(client, 'live-one-', size.oneSees, (n) => id('acct', `'one-' || ${n}`), portalId);
  const [staffToken] = await seedSessions(client, 'live-staff-', 1, () => id('acct', "'staff'"), null);
  const [probeToken] = await seedSessions(client, 'live-probe-', 1, () => id('acct', "'probe'"), portalId);
  await runSteps(client, [['analyze', 'analyze']]);
  const ids = await client.query<{ all: string; s0: string; s1: string }>(`select ${id('req', "'all'")} as all, ${id('st', "'live-0'")} as s0, ${id('st', "'live-1'")} as s1`);
  const { all: allRequestId, s0, s1 } = ids.rows[0]!;
  const oneIds = (await client.query<{ id: string }>(`select ${id('req', one)} as id from generate_series(1, ${size.oneSees}) n order by n`)).rows.map((r) => r.id);
  return {
    allRequestId, allTokens, oneTokens, staffToken: staffToken!, probeToken: probeToken!,
    oneRequestId: (index) => oneIds[index]!,
    statusIds: [s1, s0], statusNames: ['Em análise', 'Aberto'],
  };
}

/** The value of one SQL expression (an id, by the same formula as the seed's). */
async function valueOf(client: pg.Client, sql: string): Promise<string> {
  return (await client.query<{ v: string }>(`select ${sql} as v`)).rows[0]!.v;
}
