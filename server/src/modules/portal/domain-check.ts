import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../domain-errors.js';
import { unitCandidatesSql, unitRules } from '../developments/unit.rules.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';

/** R-PORTAL-3: "Usuário não pode acessar esse painel" — and, when there is exactly one, the address to use. */
export class PortalDomainMismatchError extends DomainError {
  constructor(urls: string[]) {
    super(
      'PORTAL_DOMAIN_MISMATCH',
      urls.length === 1
        ? `Usuário não pode acessar esse painel por este endereço. Acesse por ${urls[0]}.`
        : urls.length > 1
          ? `Usuário não pode acessar esse painel por este endereço. Acesse por um destes: ${urls.join(', ')}.`
          : 'Usuário não pode acessar esse painel por este endereço. Fale com a incorporadora para saber o endereço certo.',
      { urls, correctUrl: urls.length === 1 ? urls[0] : null },
    );
  }
}

/**
 * R-PORTAL-3 at sign-in: a customer who sees nothing through this address, but would through
 * another of the portal's addresses, is told which one. A customer with no units anywhere is let
 * in (the home page says why it is empty).
 */
export async function assertRightAddress(em: EntityManager, scope: ViewerScope, origin: string | null): Promise<void> {
  if (!scope.customerId) return;
  const params = scopeParams(scope);
  const [here] = await query<{ sees: boolean }>(em, `select exists (select 1 from unit u where u.id in ${unitCandidatesSql} and ${allOf(unitRules)}) as sees`, params);
  if (here?.sees) return;
  // The same rules without the address one: where would they see their units?
  const elsewhere = unitRules.filter((rule) => rule.id !== 'R-PORTAL-3');
  const hosts = await query<{ hostname: string }>(
    em,
    `select distinct d.hostname from portal_domain d join portal_domain_development x on x.portal_domain_id = d.id
      where d.portal_id = :portal and x.development_id in (select u.development_id from unit u where u.id in ${unitCandidatesSql} and ${allOf(elsewhere)})
      order by d.hostname`,
    params,
  );
  const [anywhere] = await query<{ sees: boolean }>(em, `select exists (select 1 from unit u where u.id in ${unitCandidatesSql} and ${allOf(elsewhere)}) as sees`, params);
  if (!anywhere?.sees) return;
  const base = origin ? new URL(origin) : null;
  const urls = hosts.map(({ hostname }) => (base ? `${base.protocol}//${hostname}${base.port ? `:${base.port}` : ''}` : hostname));
  throw new PortalDomainMismatchError(urls);
}
