import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import { Account } from '../modules/auth/account.entity.js';
import { AccountKind, StaffRole } from '../modules/auth/account.enums.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { Development } from '../modules/developments/development.entity.js';
import { thumbnailKey, type FileStore } from '../modules/files/file-store.js';
import { processImage } from '../modules/files/image-pipeline.js';
import { FileOwnerKind, StoredFile } from '../modules/files/stored-file.entity.js';
import { saoPauloDate } from '../modules/finance/finance-words.js';
import { Banner } from '../modules/portal-extras/banner.entity.js';
import { Benefit } from '../modules/portal-extras/benefit.entity.js';
import { PendingDocumentation, PendingDocumentationKind } from '../modules/portal-extras/pending-documentation.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';

const DAY = 86_400_000;

/** The demo banner: a wide image with the offer written on it (SVG drawn by sharp), as a staff upload would be kept. */
async function bannerImage(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#0f5f8c"/><stop offset="1" stop-color="#2a9d8f"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <text x="60" y="170" font-family="sans-serif" font-size="72" font-weight="bold" fill="#fff">Feirão Horizonte</text>
    <text x="60" y="260" font-family="sans-serif" font-size="44" fill="#fff">Condições especiais para indicar amigos</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Issue 13 part 7 on Portal Horizonte: every extra on (benefits, refer a friend, address
 * confirmation, the pending-documentation notices), a banner for everyone with a real image,
 * two partner offers (and one inactive) and a proposal of Ana's waiting for two documents (one
 * already received). Runs inside the demo's transaction, after its records are flushed.
 */
export async function seedExtras(em: EntityManager, store: FileStore, now: Date, companyId: string): Promise<void> {
  const portal = await em.findOneOrFail(Portal, { company: companyId, slug: 'horizonte' });
  Object.assign(portal, { showBenefits: true, showReferFriend: true, showAddressConfirmation: true, showPendingProposalsPopup: true, showPendingPreRegistrationsPopup: true });
  const admin = await em.findOneOrFail(Account, { company: companyId, staffRole: StaffRole.ADMIN }, { orderBy: { createdAt: 'asc' } });

  const banner = em.create(Banner, {
    portal, title: 'Feirão Horizonte: condições especiais para indicar amigos', link: 'https://www.example.com/feirao-horizonte',
    startsOn: saoPauloDate(new Date(now.getTime() - 7 * DAY)), endsOn: saoPauloDate(new Date(now.getTime() + 60 * DAY)), createdAt: now,
  });
  const image = await processImage(await bannerImage());
  const file = em.create(StoredFile, {
    company: companyId, ownerKind: FileOwnerKind.BANNER_IMAGE, ownerId: banner.id, name: `feirao-horizonte.${image.type.extension}`, contentType: image.type.contentType,
    size: image.bytes.length, sha256: createHash('sha256').update(image.bytes).digest('hex'), width: image.width, height: image.height,
    thumbnailSize: image.thumbnail.length, createdBy: admin, createdAt: now,
  });
  await store.put(file.id, image.bytes);
  await store.put(thumbnailKey(file.id), image.thumbnail);

  em.create(Benefit, {
    portal, partner: 'Academia Movimento', title: '3 meses de academia com 20% de desconto', description: 'Para moradores e compradores Horizonte, em qualquer unidade da rede.',
    discount: '20% nos planos trimestrais', coupon: 'HORIZONTE20', createdAt: now,
  });
  em.create(Benefit, {
    portal, partner: 'Casa & Móveis', title: 'Frete grátis em móveis planejados', description: 'Projeto sem custo e frete grátis para a Grande São Paulo.',
    discount: 'Frete grátis', link: 'https://www.example.com/casa-moveis', createdAt: now,
  });
  em.create(Benefit, { portal, partner: 'Mudanças Já', title: 'Mudança com 10% de desconto', description: 'Oferta encerrada.', active: false, createdAt: now });

  // Júlia has a proposal for Residencial Jardins and a pre-registration for Vila Serena waiting for documents: her sign-in
  // shows the notice. (A buyer of her own, so the other demo logins are not greeted by a dialog.) Same password as Ana's.
  const anaLogin = await em.findOneOrFail(Account, { company: companyId, email: 'ana@cliente.demo' });
  const julia = em.create(Customer, { company: companyId, name: 'Júlia Ramos', email: JULIA.login, document: '24681357928', phone: '(11) 98888-1234' });
  em.create(Account, { company: companyId, kind: AccountKind.CUSTOMER, name: 'Júlia Ramos', email: JULIA.login, document: '24681357928', customer: julia, passwordHash: anaLogin.passwordHash });
  const jardins = await em.findOneOrFail(Development, { company: companyId, name: 'Residencial Jardins' });
  const serena = await em.findOneOrFail(Development, { company: companyId, name: 'Loteamento Vila Serena' });
  const pending = (development: Development, kind: PendingDocumentationKind, description: string, daysAgo: number, resolvedDaysAgo?: number) =>
    em.create(PendingDocumentation, {
      customer: julia, development, kind, description, createdAt: new Date(now.getTime() - daysAgo * DAY),
      resolvedAt: resolvedDaysAgo === undefined ? null : new Date(now.getTime() - resolvedDaysAgo * DAY),
    });
  pending(jardins, PendingDocumentationKind.PROPOSAL, 'Comprovante de renda dos últimos 3 meses', 2);
  pending(jardins, PendingDocumentationKind.PROPOSAL, 'Certidão de casamento', 1.9);
  pending(jardins, PendingDocumentationKind.PROPOSAL, 'RG e CPF do cônjuge', 5, 1);
  pending(serena, PendingDocumentationKind.PRE_REGISTRATION, 'Comprovante de residência', 1);
}

/** The demo login that has pending documentation (listed with the others in demo.ts). */
export const JULIA = { login: 'julia@cliente.demo', password: 'demo-cliente-1' } as const;
