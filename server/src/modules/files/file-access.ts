import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../domain-errors.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContractIds } from '../contracts/contract.service.js';
import { getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { SyndicFile } from '../syndics/syndic-file.entity.js';
import { Bill } from '../finance/bill.entity.js';
import { visibleBills } from '../finance/finance.service.js';
import { visibleSyndicFiles } from '../syndics/syndic.service.js';
import type { ViewerScope } from '../visibility/rule.js';
import { FileOwnerKind, StoredFile } from './stored-file.entity.js';

/** Who asks for a file: a portal user (in their portal, through their address) or a member of staff. */
export type FileReader = { kind: 'portal'; scope: ViewerScope } | { kind: 'staff'; staff: StaffViewer };

/**
 * Who may download a stored file: whoever may see the object it belongs to, by that object's own
 * rule, never a new one — one row per kind of owner.
 * - portal users: the contract's visibility (SPEC §4, contract.rules.ts) for its document; the syndic
 *   file rule (R-REQ-10, syndic.rules.ts) for syndic files — customers never;
 * - staff: the owner within their staff scope (R-OPS-4, staff-scope.ts).
 */
const OWNERS: Record<FileOwnerKind, { portal(em: EntityManager, scope: ViewerScope, ownerId: string): Promise<boolean>; staff: { new (...args: never[]): { id: string } } }> = {
  [FileOwnerKind.CONTRACT_DOCUMENT]: {
    portal: async (em, scope, id) => (await visibleContractIds(em, scope, [id])).includes(id),
    staff: Contract,
  },
  [FileOwnerKind.SYNDIC_FILE]: {
    portal: async (em, scope, id) => (await visibleSyndicFiles(em, scope, [id])).length === 1,
    staff: SyndicFile,
  },
  // R-FIN-7: a payment proof is seen by whoever sees its bill (SPEC §8).
  [FileOwnerKind.PAYMENT_PROOF]: {
    portal: async (em, scope, id) => (await visibleBills(em, scope, undefined, [id])).length === 1,
    staff: Bill,
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
    return (await getInScope(em, reader.staff, OWNERS[file.ownerKind].staff, file.ownerId).catch(notFoundAsNull)) ? file : null;
  }
  const file = await em.findOne(StoredFile, { id });
  if (!file?.ownerId) return null;
  return (await OWNERS[file.ownerKind].portal(em, reader.scope, file.ownerId)) ? file : null;
}

function notFoundAsNull(err: unknown): null {
  if (err instanceof NotFoundError) return null;
  throw err;
}
