import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Portal } from '../portal/portal.entity.js';
import { findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { Benefit } from './benefit.entity.js';
import { assertBenefitsOn } from './extras-toggles.js';
import type { BenefitInput } from './extras.input.js';
import { httpsLink, optionalText, text } from './extras-input.js';

const order = [{ partner: 'asc' }, { title: 'asc' }, { id: 'asc' }] as const;

/** The portal's active benefits, as a customer reads them (R-SET-1: refused with "Exibir portal de benefícios" off). */
export async function customerBenefits(em: EntityManager, portal: Pick<Portal, 'id' | 'showBenefits'>): Promise<Benefit[]> {
  assertBenefitsOn(portal);
  return em.find(Benefit, { portal: portal.id, active: true }, { orderBy: [...order] as never });
}

/** Every benefit of a portal, for the admin editor. */
export async function portalBenefits(em: EntityManager, staff: StaffViewer, portalId: string): Promise<Benefit[]> {
  await getInScope(em, staff, Portal, portalId);
  return findInScope(em, staff, Benefit, { portal: portalId }, { orderBy: [...order] as never });
}

/** Creates (with the portal) or changes a benefit (R-SET-2: audited). */
export async function saveBenefit(em: EntityManager, staff: StaffViewer, audit: AuditService, input: BenefitInput): Promise<Benefit> {
  const creating = !input.id;
  const partner = text(creating ? (input.partner ?? '') : input.partner, 'partner', 120, 'Informe o parceiro.');
  const title = text(creating ? (input.title ?? '') : input.title, 'title', 160, 'Informe o título do benefício.');
  const description = text(creating ? (input.description ?? '') : input.description, 'description', 2000, 'Descreva o benefício.');
  const discount = optionalText(input.discount, 'discount', 120);
  const coupon = optionalText(input.coupon, 'coupon', 60);
  const link = httpsLink(input.link);
  if (creating && !input.portalId) throw new BadInputError('portalId', 'Escolha o portal do benefício.');
  return em.transactional(async (tx) => {
    if (creating) await getInScope(tx, staff, Portal, input.portalId!, { mode: 'write' });
    return audit.save(tx, staff, Benefit, {
      load: creating ? undefined : (t) => getInScope(t, staff, Benefit, input.id!, LOCKED_WRITE),
      create: (t) => t.create(Benefit, { portal: t.getReference(Portal, input.portalId!), partner: '', title: '', description: '' }),
      patch: { partner, title, description, discount, coupon, link, active: input.active ?? undefined },
    });
  });
}

/** Removes a benefit (R-SET-2: audited with what it said). */
export async function deleteBenefit(em: EntityManager, staff: StaffViewer, audit: AuditService, id: string): Promise<boolean> {
  await em.transactional(async (tx) => {
    const benefit = await getInScope(tx, staff, Benefit, id, LOCKED_WRITE);
    audit.staffChange(tx, staff, {
      action: 'Benefit.delete', targetType: 'Benefit', targetId: benefit.id,
      before: { partner: benefit.partner, title: benefit.title, description: benefit.description, discount: benefit.discount ?? null, link: benefit.link ?? null, coupon: benefit.coupon ?? null, active: benefit.active },
      after: null,
    });
    tx.remove(benefit);
  });
  return true;
}
