import type { EntityManager } from '@mikro-orm/postgresql';
import { perViewer } from '../requests/request-audience.js';
import { arrayLiteral, query } from '../visibility/sql.js';

/**
 * Who a notice may go to, decided by the same rules as the lists (R-EXPLAIN-2): the portal users of
 * a company, each with the portal and hostname they last signed in through (else each active
 * portal of the company) — the scope their portal would show them — evaluated as rows `v` of one
 * statement with the rules' SQL faces bound to them (`perViewer`, as the live fan-out does).
 */
export interface NoticeViewer {
  accountId: string;
  customerId: string | null;
  syndicId: string | null;
  portalId: string;
  hostname: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  companyId: string;
}

const VIEWER_COLUMNS = `a.id as "accountId", a.customer_id as "customerId", a.syndic_id as "syndicId", a.name, a.email, c.phone, a.company_id as "companyId",
  coalesce(ls.portal_id, dp.id) as "portalId", ls.hostname`;
const VIEWER_FROM = `account a left join customer c on c.id = a.customer_id
  left join lateral (select s.portal_id, s.hostname from session s where s.account_id = a.id and s.portal_id is not null and s.viewed_by_id is null
                      order by s.created_at desc limit 1) ls on true
  left join lateral (select p.id, p.created_at from portal p where ls.portal_id is null and p.company_id = a.company_id and p.active) dp on true`;

/**
 * Portal accounts (customers and syndics with an active login) of a company, optionally only these
 * accounts or the accounts of these customers. Someone who never signed in is one viewer per
 * active portal of the company and, where a portal binds domains to developments (R-PORTAL-3), per
 * domain of it — each address they could use — and a notice counts what any of them shows (its
 * link goes to the first that shows it). (It used to be "the company's first portal": a customer
 * served only by a later portal was never told anything, and two portals created in the same
 * millisecond made "first" a coin toss.)
 */
export async function noticeViewers(em: EntityManager, companyId: string, only: { accountIds?: string[]; customerIds?: string[] } = {}): Promise<NoticeViewer[]> {
  const viewers = await accountViewers(em, companyId, only);
  const portals = [...new Set(viewers.filter((v) => !v.hostname).map((v) => v.portalId))];
  if (!portals.length) return viewers;
  const domains = await query<{ portal_id: string; hostname: string }>(em,
    `select distinct d.portal_id, d.hostname from portal_domain d join portal_domain_development x on x.portal_domain_id = d.id
      where d.portal_id = any(cast(:portals as uuid[])) order by d.portal_id, d.hostname`, { portals });
  if (!domains.length) return viewers;
  const byPortal = new Map<string, string[]>();
  for (const d of domains) byPortal.set(d.portal_id, [...(byPortal.get(d.portal_id) ?? []), d.hostname]);
  return viewers.flatMap((v) => (v.hostname || !byPortal.has(v.portalId) ? [v] : byPortal.get(v.portalId)!.map((hostname) => ({ ...v, hostname }))));
}

async function accountViewers(em: EntityManager, companyId: string, only: { accountIds?: string[]; customerIds?: string[] } = {}): Promise<NoticeViewer[]> {
  const rows = await query<NoticeViewer>(em,
    `select ${VIEWER_COLUMNS} from ${VIEWER_FROM}
      where a.company_id = :company and a.kind in ('CUSTOMER', 'SYNDIC') and a.login_active
        ${only.accountIds ? 'and a.id = any(cast(:accounts as uuid[]))' : ''}
        ${only.customerIds ? 'and a.customer_id = any(cast(:customers as uuid[]))' : ''}
      order by a.id, dp.created_at, dp.id`,
    { company: companyId, accounts: only.accountIds ?? [], customers: only.customerIds ?? [] });
  return rows.filter((r) => r.portalId);
}

/** One viewer (a person at one portal address) as a key. */
export const viewerKey = (account: string, portal: string, hostname: string | null | undefined) => `${account} ${portal} ${hostname ?? ''}`;

/** The viewers as one statement's rows `v(account, customer, syndic, portal, hostname, n)` (`n`: their order, first address first). */
export const VIEWERS_CTE = `viewers as materialized (
  select v.* from unnest(cast(:vAccounts as uuid[]), cast(:vCustomers as uuid[]), cast(:vSyndics as uuid[]), cast(:vPortals as uuid[]), cast(:vHostnames as text[]))
      with ordinality as v(account, customer, syndic, portal, hostname, n))`;

export const viewerParams = (viewers: readonly NoticeViewer[]) => ({
  vAccounts: arrayLiteral(viewers.map((v) => v.accountId)),
  vCustomers: arrayLiteral(viewers.map((v) => v.customerId)),
  vSyndics: arrayLiteral(viewers.map((v) => v.syndicId)),
  vPortals: arrayLiteral(viewers.map((v) => v.portalId)),
  vHostnames: arrayLiteral(viewers.map((v) => v.hostname)),
});

/**
 * Of `viewers`, those for whom `condition` (rule SQL written for one viewer — `:customer`,
 * `:portal`…) holds over `from` (e.g. `work_log_entry w` with `where w.id = :id` in `extra`).
 */
export async function viewersWho(em: EntityManager, viewers: readonly NoticeViewer[], from: string, condition: string, params: Record<string, unknown>): Promise<NoticeViewer[]> {
  if (!viewers.length) return [];
  const rows = await query<{ account: string; portal: string; hostname: string | null }>(em,
    `with ${VIEWERS_CTE} select distinct v.account, v.portal, v.hostname from viewers v cross join ${from} where ${perViewer(condition)}`,
    { ...viewerParams(viewers), ...params });
  const seen = new Set(rows.map((r) => viewerKey(r.account, r.portal, r.hostname)));
  // One per person: the first of their addresses that shows it.
  const out = new Map<string, NoticeViewer>();
  for (const v of viewers) if (seen.has(viewerKey(v.accountId, v.portalId, v.hostname)) && !out.has(v.accountId)) out.set(v.accountId, v);
  return [...out.values()];
}
