import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Development } from '../developments/development.entity.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind, StoredFile } from '../files/stored-file.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { Banner } from './banner.entity.js';
import { bannerRules } from './banner.rules.js';
import type { BannerInput } from './extras.input.js';
import { calendarDate, httpsLink, text } from './extras-input.js';

/** Attaches each banner's image (`Banner.image`), in one query. */
async function withImages(em: EntityManager, banners: Banner[]): Promise<Banner[]> {
  if (!banners.length) return banners;
  const files = await em.find(StoredFile, { ownerKind: FileOwnerKind.BANNER_IMAGE, ownerId: { $in: banners.map((b) => b.id) } });
  for (const b of banners) b.image = files.find((f) => f.ownerId === b.id) ?? null;
  return banners;
}

/** The banners this customer sees now (banner.rules.ts, SQL face), newest first; `ids` narrows to these. */
export async function visibleBanners(em: EntityManager, scope: ViewerScope, ids?: readonly string[]): Promise<Banner[]> {
  if (!scope.customerId || ids?.length === 0) return [];
  const rows = await query<{ id: string }>(em, `select b.id from banner b where b.portal_id = :portal ${ids ? 'and b.id = any(cast(:ids as uuid[]))' : ''} and ${allOf(bannerRules)}`,
    { ...scopeParams(scope), ids: ids ?? null });
  if (!rows.length) return [];
  return withImages(em, await em.find(Banner, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { createdAt: 'desc', id: 'asc' } }));
}

/** Every banner of a portal (active or not, in period or not), for the admin editor. */
export async function portalBanners(em: EntityManager, staff: StaffViewer, portalId: string): Promise<Banner[]> {
  await getInScope(em, staff, Portal, portalId);
  const banners = await findInScope(em, staff, Banner, { portal: portalId }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['developments'] as never });
  return withImages(em, banners);
}

type Deps = { staff: StaffViewer; files: FileService; audit: AuditService };

const snapshot = (b: Banner, image: StoredFile | null) => ({
  title: b.title, link: b.link ?? null, startsOn: b.startsOn ?? null, endsOn: b.endsOn ?? null, active: b.active,
  developmentIds: b.developments.getItems().map((d) => d.id).sort(), image: image?.name ?? null,
});

/**
 * Creates (with the portal and an uploaded image) or changes a banner (R-SET-2: audited with
 * before and after). The image is an upload of this member of staff (POST /files, kind
 * BANNER_IMAGE); a new one replaces the old, whose bytes go after the commit. The audience is
 * developments the portal serves; none means every customer of the portal.
 */
export async function saveBanner(em: EntityManager, { staff, files, audit }: Deps, input: BannerInput): Promise<Banner> {
  const creating = !input.id;
  const title = text(creating ? (input.title ?? '') : input.title, 'title', 160, 'Descreva o banner (o texto que um leitor de tela lê).');
  const link = httpsLink(input.link);
  const startsOn = calendarDate(input.startsOn, 'startsOn');
  const endsOn = calendarDate(input.endsOn, 'endsOn');
  if (creating && !input.portalId) throw new BadInputError('portalId', 'Escolha o portal do banner.');
  if (creating && !input.imageFileId) throw new BadInputError('imageFileId', 'Envie a imagem do banner.');
  const result = await em.transactional(async (tx) => {
    const banner = creating ? null : await getInScope(tx, staff, Banner, input.id!, { ...LOCKED_WRITE, populate: ['developments'] as never });
    const portalId = banner?.portal.id ?? input.portalId!;
    // Changing a portal's banners is changing the portal: only who may change it (every development it serves within their limit).
    const portal = await getInScope(tx, staff, Portal, portalId, { mode: 'write', populate: ['developments'] as never });
    const oldImage = banner ? await tx.findOne(StoredFile, { ownerKind: FileOwnerKind.BANNER_IMAGE, ownerId: banner.id }) : null;
    const before = banner ? snapshot(banner, oldImage) : null;
    const row = banner ?? tx.create(Banner, { portal, title: title! });
    if (title !== undefined) row.title = title;
    if (link !== undefined) row.link = link;
    if (startsOn !== undefined) row.startsOn = startsOn;
    if (endsOn !== undefined) row.endsOn = endsOn;
    if (input.active !== undefined && input.active !== null) row.active = input.active;
    if (row.startsOn && row.endsOn && row.endsOn < row.startsOn) throw new BadInputError('endsOn', 'O fim do período não pode ser antes do início.');
    if (input.developmentIds) {
      const served = new Set(portal.developments.getItems().map((d) => d.id));
      const unique = [...new Set(input.developmentIds)];
      if (unique.some((id) => !served.has(id))) throw new BadInputError('developmentIds', 'Escolha empreendimentos atendidos por este portal.');
      row.developments.set(unique.map((id) => tx.getReference(Development, id)));
    }
    let image = oldImage;
    let discard: string[] = [];
    if (input.imageFileId && input.imageFileId !== oldImage?.id) {
      image = await files.attach(tx, staff, input.imageFileId, FileOwnerKind.BANNER_IMAGE, row.id);
      if (!image.contentType.startsWith('image/')) throw new BadInputError('imageFileId', 'O banner precisa de uma imagem (JPEG, PNG ou WebP).');
      if (oldImage) discard = files.detach(tx, [oldImage]);
    }
    const after = snapshot(row, image);
    if (!before || JSON.stringify(before) !== JSON.stringify(after)) {
      audit.staffChange(tx, staff, { action: creating ? 'Banner.create' : 'Banner.update', targetType: 'Banner', targetId: row.id, before, after });
    }
    row.image = image;
    return { row, discard };
  });
  await files.discard(result.discard);
  return result.row;
}

/** Removes a banner and its image (R-SET-2: audited with what it was). */
export async function deleteBanner(em: EntityManager, { staff, files, audit }: Deps, id: string): Promise<boolean> {
  const keys = await em.transactional(async (tx) => {
    const banner = await getInScope(tx, staff, Banner, id, { ...LOCKED_WRITE, populate: ['developments'] as never });
    await getInScope(tx, staff, Portal, banner.portal.id, { mode: 'write' });
    const images = await tx.find(StoredFile, { ownerKind: FileOwnerKind.BANNER_IMAGE, ownerId: banner.id });
    audit.staffChange(tx, staff, { action: 'Banner.delete', targetType: 'Banner', targetId: banner.id, before: snapshot(banner, images[0] ?? null), after: null });
    const removed = files.detach(tx, images);
    tx.remove(banner);
    return removed;
  });
  await files.discard(keys);
  return true;
}
