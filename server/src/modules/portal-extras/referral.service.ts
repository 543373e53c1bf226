import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import { parsePhone } from '../../input/brazil.js';
import { normalizeEmail } from '../auth/login-identifier.js';
import { Customer } from '../customers/customer.entity.js';
import { OutboxMessage } from '../data-changes/outbox-message.entity.js';
import type { Development } from '../developments/development.entity.js';
import { Portal } from '../portal/portal.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { assertReferFriendOn } from './extras-toggles.js';
import type { ReferFriendInput } from './extras.input.js';
import { optionalText, text } from './extras-input.js';
import { Referral } from './referral.entity.js';
import { ConsentPurpose, ConsentSource } from '../privacy/consent.entity.js';
import { grantConsent } from '../privacy/consents.js';

/** The outbox topic the company's CRM reads referrals from (R-SYNC-3: the same outbox as the ERP's). */
export const REFERRAL_TOPIC = 'referral.created';

/**
 * Indique um amigo: the customer refers a friend (name; phone and/or e-mail; optionally the
 * development they are interested in, one the portal serves) and declares the friend agreed to be
 * contacted (LGPD: without that, nothing is kept). The referral and its outbox message for the
 * CRM are written in one transaction.
 */
export async function referFriend(em: EntityManager, scope: ViewerScope & { customerId: string }, companyId: string, portal: Portal, input: ReferFriendInput): Promise<Referral> {
  assertReferFriendOn(portal);
  const friendName = text(input.friendName ?? '', 'friendName', 160, 'Informe o nome do seu amigo.')!;
  const phone = input.phone?.trim() ? parsePhone(input.phone, 'phone') : null;
  const email = input.email?.trim() ? normalizeEmail(input.email, 'email') : null;
  if (!phone && !email) throw new BadInputError('phone', 'Informe o telefone ou o e-mail do seu amigo, para a incorporadora poder falar com ele.');
  if (input.consent !== true) throw new BadInputError('consent', 'Confirme que seu amigo concordou em ser contatado pela incorporadora.');
  const note = optionalText(input.note, 'note', 500) ?? null;
  return em.transactional(async (tx) => {
    let development: Development | null = null;
    if (input.developmentId) {
      const served = await tx.findOneOrFail(Portal, { id: portal.id }, { populate: ['developments'] as never });
      development = served.developments.getItems().find((d) => d.id === input.developmentId) ?? null;
      if (!development) throw new BadInputError('developmentId', 'Escolha um empreendimento da lista.');
    }
    const customer = await tx.findOneOrFail(Customer, { id: scope.customerId });
    const now = scope.now;
    const referral = tx.create(Referral, {
      company: companyId, portal: portal.id, customer: customer.id, account: scope.accountId, friendName, phone, email, development, consentAt: now, createdAt: now,
    });
    // R-OPS-3: the referrer's declaration is their REFERRAL consent, recorded with the text's version.
    await grantConsent(tx, { companyId, accountId: scope.accountId, purpose: ConsentPurpose.REFERRAL, source: ConsentSource.PORTAL, at: now });
    tx.create(OutboxMessage, {
      company: companyId, createdAt: now, topic: REFERRAL_TOPIC,
      payload: {
        referralId: referral.id, portal: portal.name,
        referredBy: { customerCode: customer.erpCode ?? null, name: customer.name },
        friend: { name: friendName, phone, email },
        development: development ? { code: development.erpCode ?? null, name: development.name } : null,
        note, consentAt: now.toISOString(),
      },
    });
    return referral;
  });
}

/** The customer's referrals, newest first (R-SET-1: refused with the toggle off). */
export async function myReferrals(em: EntityManager, scope: ViewerScope & { customerId: string }, portal: Portal): Promise<Referral[]> {
  assertReferFriendOn(portal);
  return em.find(Referral, { customer: scope.customerId, portal: portal.id }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['development'] as never });
}

/** The developments the portal serves, by name: the choices of "Empreendimento de interesse" (R-SET-1: refused with the toggle off). */
export async function referralDevelopments(em: EntityManager, portal: Portal): Promise<{ id: string; name: string }[]> {
  assertReferFriendOn(portal);
  const served = await em.findOneOrFail(Portal, { id: portal.id }, { populate: ['developments'] as never });
  return served.developments.getItems().map((d) => ({ id: d.id, name: d.name })).sort((a, b) => a.name.localeCompare(b.name, 'pt-BR'));
}
