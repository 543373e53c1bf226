import type pg from 'pg';

/** Deterministic ids so the seed can join by formula instead of by lookup (`n` is SQL). */
export const id = (prefix: string, n: string) => `md5('${prefix}' || ${n})::uuid`;

export interface BenchSize {
  developments: number;
  units: number;
  customers: number;
  requestsPerUnit: number;
}

/**
 * A large company in plain SQL (generate_series): `units` units sold to `customers` customers,
 * one contract per sale, `requestsPerUnit` requests per unit. Returns the portal's and the
 * company's ids. Not analyzed yet: `seedBigCustomerAndStaff` adds to it, then analyzes.
 */
export async function seedBench(client: pg.Client, size: BenchSize): Promise<{ companyId: string; portalId: string }> {
  const companyId = (await client.query<{ id: string }>(`select ${id('company', "'1'")} as id`)).rows[0]!.id;
  const portalId = (await client.query<{ id: string }>(`select ${id('portal', "'1'")} as id`)).rows[0]!.id;
  const { developments: D, units: U, customers: C, requestsPerUnit: R } = size;
  const steps: [string, string][] = [
    ['company', `insert into company (id, name, created_at, request_seq) values ('${companyId}', 'Bench Incorporadora', now(), ${U * R})`],
    ['portal', `insert into portal (id, company_id, name, slug, created_at) values ('${portalId}', '${companyId}', 'Portal Bench', 'bench', now())`],
    ['developments', `insert into development (id, company_id, name, kind, allow_service_requests, allow_assistance_requests, delivery_date, created_at)
      select ${id('dev', 'd')}, '${companyId}', 'Empreendimento ' || d, 'DEVELOPMENT', true, true, '2027-01-01', now() from generate_series(1, ${D}) d`],
    ['portal developments', `insert into portal_development (portal_id, development_id) select '${portalId}', ${id('dev', 'd')} from generate_series(1, ${D}) d`],
    ['blocks', `insert into block (id, development_id, name, active) select ${id('block', "d || '-' || b")}, ${id('dev', 'd')}, 'Bloco ' || b, true from generate_series(1, ${D}) d, generate_series(1, 5) b`],
    ['stages', `insert into stage (id, development_id, name, active) select ${id('stage', "d || '-' || s")}, ${id('dev', 'd')}, 'Etapa ' || s, true from generate_series(1, ${D}) d, generate_series(1, 2) s`],
    ['units', `insert into unit (id, development_id, block_id, stage_id, name)
      select ${id('unit', 'u')}, ${id('dev', `(u % ${D} + 1)`)}, ${id('block', `(u % ${D} + 1) || '-' || (u % 5 + 1)`)}, ${id('stage', `(u % ${D} + 1) || '-' || (u % 2 + 1)`)}, 'Unidade ' || u
      from generate_series(1, ${U}) u`],
    ['customers', `insert into customer (id, company_id, name, document, email, created_at, updated_at)
      select ${id('cust', 'c')}, '${companyId}', 'Cliente ' || c, lpad(c::text, 11, '0'), 'c' || c || '@bench.test', now(), now() from generate_series(1, ${C}) c`],
    ['accounts', `insert into account (id, company_id, kind, name, email, customer_id, login_active, permissions, created_at, updated_at)
      select ${id('acct', 'c')}, '${companyId}', 'CUSTOMER', 'Cliente ' || c, 'c' || c || '@bench.test', ${id('cust', 'c')}, true, '{}', now(), now() from generate_series(1, ${C}) c`],
    ['reservations', `insert into reservation (id, unit_id, holder_id, status, created_at)
      select ${id('res', 'u')}, ${id('unit', 'u')}, ${id('cust', `(u % ${C} + 1)`)}, 'SOLD', now() from generate_series(1, ${U}) u`],
    ['contract type', `insert into contract_type (id, company_id, name, visible_to_customer) values (${id('ctype', "'1'")}, '${companyId}', 'Compra e venda', true)`],
    ['contracts', `insert into contract (id, reservation_id, type_id, title, signed, validated, created_at)
      select ${id('contract', 'u')}, ${id('res', 'u')}, ${id('ctype', "'1'")}, 'Contrato ' || u, true, true, now() from generate_series(1, ${U}) u`],
    ['workflows', `insert into workflow (id, company_id, kind, name, show_finished_in_portal) values
      (${id('wf', "'S'")}, '${companyId}', 'SERVICE', 'Atendimentos', false), (${id('wf', "'A'")}, '${companyId}', 'ASSISTANCE', 'Assistências', false)`],
    ['statuses', `insert into workflow_status (id, workflow_id, name, is_final, is_initial, position) values
      (${id('st', "'S0'")}, ${id('wf', "'S'")}, 'Aberto', false, true, 0), (${id('st', "'S1'")}, ${id('wf', "'S'")}, 'Concluído', true, false, 1),
      (${id('st', "'A0'")}, ${id('wf', "'A'")}, 'Aberta', false, true, 0), (${id('st', "'A1'")}, ${id('wf', "'A'")}, 'Finalizada', true, false, 1)`],
    ['subjects', `insert into subject (id, company_id, kind, name, active) values (${id('subj', "'S'")}, '${companyId}', 'SERVICE', 'Financeiro', true), (${id('subj', "'A'")}, '${companyId}', 'ASSISTANCE', 'Hidráulica', true)`],
    ['subsubjects', `insert into subsubject (id, subject_id, name, portal_display_name, active) values (${id('sub', "'S'")}, ${id('subj', "'S'")}, '2ª via', null, true), (${id('sub', "'A'")}, ${id('subj', "'A'")}, 'HID-03', 'Vazamento', true)`],
    // Each request its own minute, as real ones: the staff list, newest first, has no ties to sort.
    ['requests', `insert into request (id, company_id, number, kind, development_id, unit_id, subject_id, subsubject_id, status_id, opened_by_id, description, created_at, updated_at, finished_at)
      select ${id('req', "u || '-' || r")}, '${companyId}', (u - 1) * ${R} + r,
             case when r % 2 = 0 then 'SERVICE' else 'ASSISTANCE' end::request_kind, ${id('dev', `(u % ${D} + 1)`)}, ${id('unit', 'u')},
             case when r % 2 = 0 then ${id('subj', "'S'")} else ${id('subj', "'A'")} end, case when r % 2 = 0 then ${id('sub', "'S'")} else ${id('sub', "'A'")} end,
             case when r % 2 = 0 then ${id('st', "'S0'")} when r % 4 = 1 then ${id('st', "'A0'")} else ${id('st', "'A1'")} end,
             ${id('acct', `(u % ${C} + 1)`)}, 'Pedido ' || r, now() - make_interval(mins => (${U} - u) * ${R} + r), now(),
             case when r % 4 = 3 then now() - interval '1 hour' else null end
        from generate_series(1, ${U}) u, generate_series(1, ${R}) r`],
  ];
  await runSteps(client, steps);
  return { companyId, portalId };
}

/** Runs named SQL steps in order, printing how long each took. */
export async function runSteps(client: pg.Client, steps: [string, string][]): Promise<void> {
  for (const [name, sql] of steps) {
    const started = Date.now();
    await client.query(sql);
    process.stdout.write(`  seed ${name.padEnd(20)} ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

/**
 * The cases beside the ordinary customer, on top of `seedBench` (same company, developments and
 * workflows): one customer holding `bigUnits` sold units, each with a contract and
 * `requestsPerUnit` open requests (customer and account id `md5('cust'|'acct' || 'big')`), and an
 * ADMIN member of staff (account `md5('acct' || 'staff')`) for the desk page. Analyzes after.
 */
export async function seedBigCustomerAndStaff(client: pg.Client, size: BenchSize, bigUnits: number): Promise<void> {
  const { developments: D, units: U, requestsPerUnit: R } = size;
  const company = id('company', "'1'");
  const unit = (u: string) => id('unit', `'big-' || ${u}`);
  const firstNumber = U * R;
  await runSteps(client, [
    ['big customer', `insert into customer (id, company_id, name, document, email, created_at, updated_at)
      values (${id('cust', "'big'")}, ${company}, 'Cliente Grande', '99999999999', 'grande@bench.test', now(), now())`],
    ['big account', `insert into account (id, company_id, kind, name, email, customer_id, login_active, permissions, created_at, updated_at)
      values (${id('acct', "'big'")}, ${company}, 'CUSTOMER', 'Cliente Grande', 'grande@bench.test', ${id('cust', "'big'")}, true, '{}', now(), now())`],
    ['big units', `insert into unit (id, development_id, block_id, stage_id, name)
      select ${unit('u')}, ${id('dev', `(u % ${D} + 1)`)}, ${id('block', `(u % ${D} + 1) || '-' || (u % 5 + 1)`)}, ${id('stage', `(u % ${D} + 1) || '-' || (u % 2 + 1)`)}, 'Unidade G' || u
      from generate_series(1, ${bigUnits}) u`],
    ['big reservations', `insert into reservation (id, unit_id, holder_id, status, created_at)
      select ${id('res', "'big-' || u")}, ${unit('u')}, ${id('cust', "'big'")}, 'SOLD', now() from generate_series(1, ${bigUnits}) u`],
    ['big contracts', `insert into contract (id, reservation_id, type_id, title, signed, validated, created_at)
      select ${id('contract', "'big-' || u")}, ${id('res', "'big-' || u")}, ${id('ctype', "'1'")}, 'Contrato G' || u, true, true, now() from generate_series(1, ${bigUnits}) u`],
    // All open: the big customer's home lists every one.
    ['big requests', `insert into request (id, company_id, number, kind, development_id, unit_id, subject_id, subsubject_id, status_id, opened_by_id, description, created_at, updated_at)
      select ${id('req', "'big-' || u || '-' || r")}, ${company}, ${firstNumber} + (u - 1) * ${R} + r,
             case when r % 2 = 0 then 'SERVICE' else 'ASSISTANCE' end::request_kind, ${id('dev', `(u % ${D} + 1)`)}, ${unit('u')},
             case when r % 2 = 0 then ${id('subj', "'S'")} else ${id('subj', "'A'")} end, case when r % 2 = 0 then ${id('sub', "'S'")} else ${id('sub', "'A'")} end,
             case when r % 2 = 0 then ${id('st', "'S0'")} else ${id('st', "'A0'")} end,
             ${id('acct', "'big'")}, 'Pedido ' || r, now() - make_interval(mins => (${bigUnits} - u) * ${R} + r, secs => 30), now()
        from generate_series(1, ${bigUnits}) u, generate_series(1, ${R}) r`],
    ['request sequence', `update company set request_seq = ${firstNumber + bigUnits * R} where id = ${company}`],
    ['staff', `insert into account (id, company_id, kind, name, email, staff_role, login_active, permissions, created_at, updated_at)
      values (${id('acct', "'staff'")}, ${company}, 'STAFF', 'Equipe Bench', 'equipe@bench.test', 'ADMIN', true, '{}', now(), now())`],
    ['analyze', 'analyze'],
  ]);
}
