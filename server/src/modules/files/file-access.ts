import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../domain-errors.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContractIds } from '../contracts/contract.service.js';
import { getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { SyndicFile } from '../syndics/syndic-file.entity.js';
import { Bill } from '../finance/bill.entity.js';
import { DevelopmentDocument } from '../documents/development-document.entity.js';
import { visibleDocuments } from '../documents/document.service.js';
import { visibleBills } from '../finance/finance.service.js';
import { visibleSyndicFiles } from '../syndics/syndic.service.js';
import type { ViewerScope } from '../visibility/rule.js';
import { requestPhotoRule } from '../requests/request-photos.js';
import { FileOwnerKind, StoredFile } from './stored-file.entity.js';
import { WorkLogEntry } from '../works/work-log-entry.entity.js';
import { visibleWorkLogIds } from '../works/works.service.js';
import { Banner } from '../portal-extras/banner.entity.js';
import { visibleBanners } from '../portal-extras/banner.service.js';

/** Who asks for a file: a portal user (in their portal, through their address) or a member of staff. */
export type FileReader = { kind: 'portal'; scope: ViewerScope } | { kind: 'staff'; staff: StaffViewer };

/** One kind of owner's access rule, for each kind of reader. */
interface OwnerRule {
  /** May this portal user see the owner `ownerId`? */
  portal(em: EntityManager, scope: ViewerScope, ownerId: string): Promise<boolean>;
  /** May this member of staff see the owner `ownerId` (of their company: the file row was found in scope already)? */
  staff(em: EntityManager, staff: StaffViewer, ownerId: string): Promise<boolean>;
}

/** Staff see the owner when it is within their staff scope (R-OPS-4, staff-scope.ts). */
const inStaffScope = (entity: { new (...args: never[]): { id: string } }): OwnerRule['staff'] =>
  async (em, staff, id) => Boolean(await getInScope(em, staff, entity, id).catch(notFoundAsNull));


/** R-WORK-1: a photo or attachment of a work log entry: the entry's own rule (SPEC §9), for customers and staff. */
const WORK_LOG_FILE: OwnerRule = {
  portal: async (em, scope, id) => (await visibleWorkLogIds(em, scope, [id])).length === 1,
  staff: inStaffScope(WorkLogEntry),
};

/**
 * Who may download a stored file: whoever may see the object it belongs to, by that object's own
 * rule, never a new one — one row per kind of owner.
 * - portal users: the contract's visibility (SPEC §4, contract.rules.ts) for its document; the syndic
 *   file rule (R-REQ-10, syndic.rules.ts) for syndic files — customers never;
 * - staff: the owner within their staff scope (R-OPS-4, staff-scope.ts).
 */
const OWNERS: Record<FileOwnerKind, OwnerRule> = {
  [FileOwnerKind.CONTRACT_DOCUMENT]: {
    portal: async (em, scope, id) => (await visibleContractIds(em, scope, [id])).includes(id),
    staff: inStaffScope(Contract),
  },
  [FileOwnerKind.SYNDIC_FILE]: {
    portal: async (em, scope, id) => (await visibleSyndicFiles(em, scope, [id])).length === 1,
    staff: inStaffScope(SyndicFile),
  },
  // R-FIN-7: a payment proof is seen by whoever sees its bill (SPEC §8).
  [FileOwnerKind.PAYMENT_PROOF]: {
    portal: async (em, scope, id) => (await visibleBills(em, scope, undefined, [id])).length === 1,
    staff: inStaffScope(Bill),
  },
  // R-WORK-1: a work log entry's photos and attachments are seen by whoever sees the entry (works.rules.ts).
  [FileOwnerKind.WORK_LOG_PHOTO]: WORK_LOG_FILE,
  [FileOwnerKind.WORK_LOG_ATTACHMENT]: WORK_LOG_FILE,
  // A request's photo: whoever sees the request (SPEC §5; staff by scope); never a portal user when on an internal note (request-photos.ts).
  [FileOwnerKind.REQUEST_PHOTO]: requestPhotoRule,
  // A development's document: whoever sees a unit of its place (document.rules.ts, R-UNIT-4); staff by scope.
  [FileOwnerKind.DEVELOPMENT_DOCUMENT]: {
    portal: async (em, scope, id) => (await visibleDocuments(em, scope, { ids: [id] })).length === 1,
    staff: inStaffScope(DevelopmentDocument),
  },
  // A banner's image: whoever sees the banner now (banner.rules.ts); staff who reach its portal.
  [FileOwnerKind.BANNER_IMAGE]: {
    portal: async (em, scope, id) => (await visibleBanners(em, scope, [id])).length === 1,
    staff: inStaffScope(Banner),
  },
};

/**
 * The stored file `id`, if this reader may download it; null otherwise — missing, hidden, not
 * attached yet (only its uploader reaches it then), or out of scope are all the same null.
 */
export async function readableFile(em: EntityManager, reader: FileReader, id: string): Promise<StoredFile | null> {
  if (reader.kind === 'staff') {
    const file = await getInScope(em, reader.staff, StoredFile, id).catch(notFoundAsNull);
    if (!file) return null;
    if (!file.ownerId) return file.createdBy?.id === reader.staff.account.id ? file : null;
    return (await OWNERS[file.ownerKind].staff(em, reader.staff, file.ownerId)) ? file : null;
  }
  const file = await em.findOne(StoredFile, { id });
  if (!file?.ownerId) return null;
  return (await OWNERS[file.ownerKind].portal(em, reader.scope, file.ownerId)) ? file : null;
}

function notFoundAsNull(err: unknown): null {
  if (err instanceof NotFoundError) return null;
  throw err;
}
