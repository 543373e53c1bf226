import { allOf, arrayLiteral } from '../visibility/sql.js';
import { customerRequestCandidatesSql, customerRequestRules, syndicRequestRules } from './request.rules.js';

/**
 * R-REQ-9 for many viewers at once: of the portal users subscribed to live requests, which see this
 * request — decided by one statement per event, over every subscriber's scope as a row `v`. The
 * rules are the lists' own SQL faces (request.rules.ts, the same `visibleRequests` ANDs), with the
 * viewer's parameters (`:account`, `:customer`…) bound to `v`'s columns instead of to one viewer.
 *
 * Before the rules run, the subscribers are narrowed to who could see the request at all: its
 * opener, and the customers on a reservation of its unit (the rows `customerRequestCandidatesSql`
 * starts from, seen from the request's side), so a change that one of ten thousand subscribers sees
 * evaluates the rules for one.
 */

/** One subscriber's scope, as the arrays the statement unnests (`key` names the subscriber). */
export interface AudienceViewer {
  key: string;
  accountId: string;
  customerId: string | null;
  syndicId: string | null;
  portalId: string;
  hostname: string | null;
}

/** The scope parameters of the rule SQL, bound to the viewer row `v`. */
export const perViewer = (sql: string) => sql.replace(/(?<![:\w]):(account|customer|syndic|portal|hostname)\b/g, 'v.$1');

export const audienceSql = `
with target as materialized (select unit_id, opened_by_id from request where id = :request),
related as materialized (
  select r.holder_id as customer_id from reservation r where r.unit_id = (select unit_id from target)
  union
  select ra.customer_id from reservation_associate ra join reservation r on r.id = ra.reservation_id where r.unit_id = (select unit_id from target)),
viewers as materialized (
  select v.* from unnest(cast(:keys as text[]), cast(:accounts as uuid[]), cast(:customers as uuid[]), cast(:syndics as uuid[]), cast(:portals as uuid[]), cast(:hostnames as text[]))
      as v(key, account, customer, syndic, portal, hostname)
   where v.account = (select opened_by_id from target) or v.customer in (select customer_id from related))
select v.key from viewers v join request rq on rq.id = :request
 where case when v.syndic is null
   then ${perViewer(customerRequestCandidatesSql)} and ${perViewer(allOf(customerRequestRules))}
   else ${perViewer(allOf(syndicRequestRules))} end`;

/** The viewers as the statement's array parameters (PostgreSQL array literals, made once for many events). */
export const audienceViewers = (viewers: readonly AudienceViewer[]): Record<string, string> => ({
  keys: arrayLiteral(viewers.map((v) => v.key)),
  accounts: arrayLiteral(viewers.map((v) => v.accountId)),
  customers: arrayLiteral(viewers.map((v) => v.customerId)),
  syndics: arrayLiteral(viewers.map((v) => v.syndicId)),
  portals: arrayLiteral(viewers.map((v) => v.portalId)),
  hostnames: arrayLiteral(viewers.map((v) => v.hostname)),
});

/** Everything the statement takes for one request, at one moment. */
export const audienceParams = (requestId: string, viewers: readonly AudienceViewer[], now: Date) => ({ ...audienceViewers(viewers), request: requestId, now });
