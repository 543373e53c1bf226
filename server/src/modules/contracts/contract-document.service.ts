import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind, StoredFile } from '../files/stored-file.entity.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { Contract } from './contract.entity.js';

/**
 * Staff set (or remove, `fileId` null) a contract's document: an upload of theirs (POST /files,
 * kind CONTRACT_DOCUMENT) is attached to the contract, the one it replaces is removed; audited.
 * The customers who see the contract (SPEC §4) then open it at `/files/<id>`.
 */
export async function setContractDocument(
  em: EntityManager,
  deps: { staff: StaffViewer; files: FileService; audit: AuditService },
  input: { contractId: string; fileId: string | null },
): Promise<Contract> {
  const { staff, files, audit } = deps;
  const { contract, removed } = await em.transactional(async (tx) => {
    const contract = await getInScope(tx, staff, Contract, input.contractId, LOCKED_WRITE);
    const current = await tx.find(StoredFile, { ownerKind: FileOwnerKind.CONTRACT_DOCUMENT, ownerId: contract.id });
    if (input.fileId && current.some((f) => f.id === input.fileId)) return { contract, removed: [] };
    const attached = input.fileId ? await files.attach(tx, staff, input.fileId, FileOwnerKind.CONTRACT_DOCUMENT, contract.id) : null;
    if (!attached && !current.length) return { contract, removed: [] };
    const removed = files.detach(tx, current);
    const document = (f: StoredFile | undefined | null) => (f ? { documentId: f.id, documentName: f.name } : { documentId: null, documentName: null });
    audit.staffChange(tx, staff, { action: 'contract.document.set', targetType: 'Contract', targetId: contract.id, before: document(current[0]), after: document(attached) });
    return { contract, removed };
  });
  await files.discard(removed);
  return contract;
}
