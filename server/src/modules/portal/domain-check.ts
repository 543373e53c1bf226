import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../domain-errors.js';
import { inLocale, listEn, say, type Locale, type Said } from '../../locale.js';
import { listOf, NOUNS, your } from '../../pt-br.js';
import { unitCandidatesSql, unitRules } from '../developments/unit.rules.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';

/** Where the customer's units are: a development, how many units there, and the portal's addresses bound to it. */
export interface UnitPlace {
  development: string;
  units: number;
  /** Each address bound to the development, with how many developments it is bound to in all. */
  hosts: { hostname: string; boundTo: number }[];
}

/** An address to give the customer, and the developments of theirs it shows. */
export interface Address {
  hostname: string;
  developments: string[];
}

/** This machine's own names: "localhost", "*.localhost", 127.x.x.x, ::1. */
export const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '::1' || hostname === '[::1]';

const bareLoopback = (hostname: string) => isLoopback(hostname) && !hostname.endsWith('.localhost');

/**
 * Which of the portal's addresses to tell the customer (R-PORTAL-3). A loopback address only
 * works on this machine, so it is never given to someone who came through a real domain; to
 * someone on a loopback address (the demo, a developer) it is, after any real domain. Among the
 * rest: one address that shows every development of theirs if there is one, else one per
 * development; a development's own address (bound to fewer developments) before a catch-all,
 * a name (`serena.localhost`) before a bare `localhost` or `127.0.0.1`.
 */
export function chooseAddresses(places: UnitPlace[], currentHost: string | null): Address[] {
  const usable = (hostname: string) => !isLoopback(hostname) || (currentHost !== null && isLoopback(currentHost));
  // 0: a real domain, 1: a loopback name, 2: a bare localhost or loopback IP.
  const kind = (hostname: string) => (isLoopback(hostname) ? 1 : 0) + (bareLoopback(hostname) ? 1 : 0);
  const better = (a: UnitPlace['hosts'][number], b: UnitPlace['hosts'][number]) =>
    kind(a.hostname) - kind(b.hostname) || a.boundTo - b.boundTo || a.hostname.localeCompare(b.hostname);
  const options = places.map((p) => p.hosts.filter((h) => usable(h.hostname) && h.hostname !== currentHost).sort(better));
  const everywhere = (options[0] ?? []).filter((h) => options.every((o) => o.some((x) => x.hostname === h.hostname)));
  // One address for all, unless that means a loopback one where each development has a better address of its own.
  const worstOwn = Math.max(...options.map((o) => (o[0] ? kind(o[0].hostname) : 0)));
  if (everywhere.length && kind(everywhere[0]!.hostname) <= worstOwn) return [{ hostname: everywhere[0]!.hostname, developments: places.map((p) => p.development) }];
  const addresses: Address[] = [];
  places.forEach((place, i) => {
    const best = options[i]![0];
    if (!best) return;
    const known = addresses.find((a) => a.hostname === best.hostname);
    if (known) known.developments.push(place.development);
    else addresses.push({ hostname: best.hostname, developments: [place.development] });
  });
  return addresses;
}

/**
 * The refusal in the customer's words: "Sua unidade está no portal de Loteamento Vila Serena:
 * entre por http://serena.localhost:4000." — several addresses said in words, none when none works.
 */
export function mismatchMessage(units: number, addresses: { url: string; developments: string[] }[]): Said {
  const [unit, verb, verbEn] = [your(NOUNS.Unidade, units), units === 1 ? 'está' : 'estão', units === 1 ? 'Your unit is' : 'Your units are'];
  if (addresses.length === 0) {
    return say(`${unit} não ${units === 1 ? 'aparece' : 'aparecem'} por este endereço. Fale com a incorporadora para saber por onde entrar.`,
      `${units === 1 ? 'Your unit does' : 'Your units do'} not show at this address. Contact the developer to learn where to sign in.`);
  }
  if (addresses.length === 1) {
    const [{ url, developments }] = addresses as [{ url: string; developments: string[] }];
    return say(`${unit} ${verb} no portal de ${listOf(developments)}: entre por ${url}.`, `${verbEn} on the portal of ${listEn(developments)}: sign in at ${url}.`);
  }
  const places = addresses.flatMap((a) => a.developments);
  const each = addresses.map((a) => ({ pt: `por ${a.url} para ${listOf(a.developments)}`, en: `at ${a.url} for ${listEn(a.developments)}` }));
  return say(`${unit} ${verb} nos portais de ${listOf(places)}: entre ${listOf(each.map((e) => e.pt), 'ou')}.`,
    `${verbEn} on the portals of ${listEn(places)}: sign in ${listEn(each.map((e) => e.en), 'or')}.`);
}

/** R-PORTAL-3: the customer sees nothing through this address; the message says where to go (`urls`; `correctUrl` when one). */
export class PortalDomainMismatchError extends DomainError {
  constructor(message: string, urls: string[]) {
    super('PORTAL_DOMAIN_MISMATCH', message, { urls, correctUrl: urls.length === 1 ? urls[0] : null });
  }
}

/**
 * R-PORTAL-3 at sign-in: a customer who sees nothing through this address, but would through
 * another of the portal's addresses, is told which one, in their language. A customer with no
 * units anywhere is let in (the home page says why it is empty).
 */
export async function assertRightAddress(em: EntityManager, scope: ViewerScope, origin: string | null, locale: Locale = 'pt-BR'): Promise<void> {
  if (!scope.customerId) return;
  const params = scopeParams(scope);
  const [here] = await query<{ sees: boolean }>(em, `select exists (select 1 from unit u where u.id in ${unitCandidatesSql} and ${allOf(unitRules)}) as sees`, params);
  if (here?.sees) return;
  // The same rules without the address one: where would they see their units?
  const elsewhere = unitRules.filter((rule) => rule.id !== 'R-PORTAL-3');
  const rows = await query<{ developmentId: string; development: string; units: number }>(em, `
    select u.development_id as "developmentId", d.name as development, cast(count(*) as int) as units
      from unit u join development d on d.id = u.development_id
     where u.id in ${unitCandidatesSql} and ${allOf(elsewhere)}
     group by u.development_id, d.name order by d.name`, params);
  if (!rows.length) return;
  const hosts = await query<{ hostname: string; developmentId: string; boundTo: number }>(em, `
    select d.hostname, x.development_id as "developmentId",
           cast((select count(*) from portal_domain_development y where y.portal_domain_id = d.id) as int) as "boundTo"
      from portal_domain d join portal_domain_development x on x.portal_domain_id = d.id
     where d.portal_id = :portal and x.development_id = any(cast(:developments as uuid[]))`,
    { ...params, developments: rows.map((r) => r.developmentId) });
  const places = rows.map((r) => ({ development: r.development, units: r.units, hosts: hosts.filter((h) => h.developmentId === r.developmentId) }));
  const base = origin ? new URL(origin) : null;
  const url = (hostname: string) => (base ? `${base.protocol}//${hostname}${base.port ? `:${base.port}` : ''}` : hostname);
  const addresses = chooseAddresses(places, scope.hostname).map((a) => ({ url: url(a.hostname), developments: a.developments }));
  const units = rows.reduce((sum, r) => sum + r.units, 0);
  throw new PortalDomainMismatchError(inLocale(mismatchMessage(units, addresses), locale), addresses.map((a) => a.url));
}
