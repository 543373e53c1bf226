import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { contractCandidatesSql, contractRules } from '../modules/contracts/contract.rules.js';
import { unitCandidatesSql, unitRules } from '../modules/developments/unit.rules.js';
import { customerRequestCandidatesSql, customerRequestRules } from '../modules/requests/request.rules.js';
import { allOf, compile, type Params } from '../modules/visibility/sql.js';

/**
 * The floor to compare Habite against: the same rows (the customer's units with contracts and
 * open requests, filtered by the same rule SQL) fetched by plain `pg` and served by plain `http`.
 */
export async function startBaseline(databaseUrl: string, onQuery: () => void): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const run = async <T extends pg.QueryResultRow>(sql: string, params: Params) => {
    onQuery();
    const { text, values } = compile(sql, params, (n) => `$${n}`);
    // Named: each connection plans the statement once and reuses the plan.
    const name = `q${createHash('md5').update(text).digest('hex').slice(0, 16)}`;
    return (await pool.query<T>({ name, text, values })).rows;
  };
  const server: Server = createServer((req, res) => {
    const token = (req.headers.authorization ?? '').slice(7);
    req.resume();
    req.on('end', async () => {
      try {
        const [session] = await run<{ account_id: string; customer_id: string; portal_id: string; hostname: string | null }>(
          `select s.account_id, a.customer_id, s.portal_id, s.hostname from session s join account a on a.id = s.account_id
            where s.token_hash = :hash and s.revoked_at is null and s.expires_at > now() and a.login_active`,
          { hash: createHash('sha256').update(token).digest('hex') },
        );
        if (!session) {
          res.writeHead(401).end();
          return;
        }
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
        const body = units.map((u) => ({ ...u, contracts: contracts.filter((c) => c.unit_id === u.id), requests: requests.filter((r) => r.unit_id === u.id) }));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { myUnits: body } }));
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
