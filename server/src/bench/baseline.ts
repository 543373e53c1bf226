import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { contractCandidatesSql, contractRules } from '../modules/contracts/contract.rules.js';
import { unitCandidatesSql, unitRules } from '../modules/developments/unit.rules.js';
import { customerRequestCandidatesSql, customerRequestRules } from '../modules/requests/request.rules.js';
import { allOf, compile, type Params } from '../modules/visibility/sql.js';

/**
 * The floor to compare Habite against: the same rows fetched by plain `pg` and served by plain
 * `http`, at their best — every statement prepared (named) and, with `planCacheMode`
 * `force_generic_plan`, planned once per connection and reused.
 *
 * - `POST /home`: the customer's units with contracts and open requests, filtered by the same
 *   rule SQL as Habite (ordinary customers and the big one alike).
 * - `POST /desk`: the staff desk's first page, as `RequestService.staffList` reads it — the
 *   company's requests (within a limited member's developments), newest first, 50 + 1 rows —
 *   with the names the page shows joined in one statement.
 */
export async function startBaseline(databaseUrl: string, planCacheMode: string, onQuery: () => void): Promise<{ url: string; close(): Promise<void> }> {
  // plan_cache_mode as a startup parameter: every connection has it from its first statement.
  // Idle connections are kept, as their CPU is read from /proc (cpu.ts).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, idleTimeoutMillis: 0, options: `-c plan_cache_mode=${planCacheMode}` });
  const run = async <T extends pg.QueryResultRow>(sql: string, params: Params) => {
    onQuery();
    // Named: each connection prepares the statement once.
    const { text, values, name } = compile(sql, params, 'pg');
    return (await pool.query<T>({ name, text, values })).rows;
  };
  const routes: Record<string, (token: string) => Promise<unknown | null>> = {
    '/home': (token) => home(run, token),
    '/desk': (token) => desk(run, token),
  };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const token = (req.headers.authorization ?? '').slice(7);
    req.resume();
    req.on('end', async () => {
      try {
        const route = routes[req.url ?? ''] as ((token: string) => Promise<unknown>) | undefined;
        if (!route) {
          res.writeHead(404).end();
          return;
        }
        const data = await route(token);
        if (!data) {
          res.writeHead(401).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

type Run = <T extends pg.QueryResultRow>(sql: string, params: Params) => Promise<T[]>;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

async function home(run: Run, token: string) {
  const [session] = await run<{ account_id: string; customer_id: string; portal_id: string; hostname: string | null }>(
    `select s.account_id, a.customer_id, s.portal_id, s.hostname from session s join account a on a.id = s.account_id
      where s.token_hash = :hash and s.revoked_at is null and s.expires_at > now() and a.login_active`,
    { hash: hashOf(token) },
  );
  if (!session) return null;
  const scope = { account: session.account_id, customer: session.customer_id, syndic: null, portal: session.portal_id, hostname: session.hostname, now: new Date() };
  const units = await run<{ id: string }>(
    `select u.id, u.name, d.name as development, d.delivery_date as "deliveryForecast", b.name as block
       from unit u join development d on d.id = u.development_id left join block b on b.id = u.block_id
      where u.id in ${unitCandidatesSql} and ${allOf(unitRules)} order by u.name, u.id`, scope);
  const unitIds = units.map((u) => u.id);
  const contracts = await run<{ unit_id: string }>(
    `select c.id, c.title, ct.name as type, res.unit_id from contract c join reservation res on res.id = c.reservation_id join contract_type ct on ct.id = c.type_id
      where c.id in ${contractCandidatesSql} and res.unit_id = any(cast(:unitIds as uuid[])) and ${allOf(contractRules)} order by c.created_at, c.id`, { ...scope, unitIds });
  const requests = await run<{ unit_id: string }>(
    `select rq.id, rq.number, rq.kind, ws.name as status, coalesce(ss.portal_display_name, ss.name) as subsubject, rq.unit_id
       from request rq join workflow_status ws on ws.id = rq.status_id join subsubject ss on ss.id = rq.subsubject_id
      where ${customerRequestCandidatesSql} and rq.finished_at is null and rq.unit_id = any(cast(:unitIds as uuid[]))
        and ${allOf(customerRequestRules)} order by rq.created_at desc, rq.id desc`, { ...scope, unitIds });
  // Grouped by unit in one pass (a filter per unit would be quadratic for the big customer).
  const byUnit = new Map(units.map((u) => [u.id, { ...u, contracts: [] as unknown[], requests: [] as unknown[] }]));
  for (const c of contracts) byUnit.get(c.unit_id)?.contracts.push(c);
  for (const r of requests) byUnit.get(r.unit_id)?.requests.push(r);
  return { myUnits: [...byUnit.values()] };
}

const PAGE = 50;

async function desk(run: Run, token: string) {
  const [staff] = await run<{ account_id: string; company_id: string }>(
    `select s.account_id, a.company_id from session s join account a on a.id = s.account_id
      where s.token_hash = :hash and s.revoked_at is null and s.expires_at > now() and a.login_active
        and a.kind = 'STAFF' and (a.expires_at is null or a.expires_at > now())`,
    { hash: hashOf(token) },
  );
  if (!staff) return null;
  const limit = await run<{ development_id: string }>(`select development_id from staff_development where account_id = :account`, { account: staff.account_id });
  const developments = limit.map((l) => l.development_id);
  // The page first, then its names: with the joins outside the limit, PostgreSQL reads 51 rows
  // down the (company_id, created_at) index instead of sorting the company's every request.
  const rows = await run<{ id: string }>(
    `select rq.id, rq.number, ws.name as status, ss.name as subsubject, d.name as development, u.name as unit, a.name as "openedByName"
       from (select * from request where company_id = :company ${developments.length ? 'and development_id = any(cast(:developments as uuid[]))' : ''}
              order by created_at desc, id desc limit ${PAGE + 1}) rq
       join workflow_status ws on ws.id = rq.status_id join subsubject ss on ss.id = rq.subsubject_id
       join development d on d.id = rq.development_id left join unit u on u.id = rq.unit_id join account a on a.id = rq.opened_by_id
      order by rq.created_at desc, rq.id desc`,
    { company: staff.company_id, ...(developments.length ? { developments } : {}) },
  );
  return { requests: { nodes: rows.slice(0, PAGE) } };
}
