import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { requiredName } from '../audit/audited-change.js';
import { Development } from '../developments/development.entity.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind, StoredFile } from '../files/stored-file.entity.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { AddSyndicFileInput } from './syndic-file.input.js';
import { SyndicFile } from './syndic-file.entity.js';
import { Syndic } from './syndic.entity.js';

type Deps = { staff: StaffViewer; files: FileService; audit: AuditService };

/** R-REQ-10: staff add a syndic file — an upload of theirs (POST /files, kind SYNDIC_FILE) — to a development or to one syndic; audited. */
export async function addSyndicFile(em: EntityManager, { staff, files, audit }: Deps, input: AddSyndicFileInput): Promise<SyndicFile> {
  if (Boolean(input.developmentId) === Boolean(input.syndicId)) {
    throw new BadInputError('developmentId', 'Escolha para quem é o arquivo: todos os síndicos do empreendimento ou um síndico.');
  }
  const name = input.name?.trim() ? requiredName(input.name) : undefined;
  return em.transactional(async (tx) => {
    const development = input.developmentId ? await getInScope(tx, staff, Development, input.developmentId) : null;
    const syndic = input.syndicId ? await getInScope(tx, staff, Syndic, input.syndicId) : null;
    const row = tx.create(SyndicFile, { development, syndic, name: name ?? 'Arquivo', url: null });
    const file = await files.attach(tx, staff, input.fileId, FileOwnerKind.SYNDIC_FILE, row.id);
    if (!name) row.name = file.name.replace(/\.pdf$/i, '');
    audit.staffChange(tx, staff, {
      action: 'syndicFile.add', targetType: 'SyndicFile', targetId: row.id,
      after: { name: row.name, developmentId: development?.id ?? null, syndicId: syndic?.id ?? null, fileName: file.name },
    });
    return row;
  });
}

/** R-REQ-10: staff remove a syndic file (its stored bytes too); audited. */
export async function removeSyndicFile(em: EntityManager, { staff, files, audit }: Deps, id: string): Promise<boolean> {
  const removed = await em.transactional(async (tx) => {
    const row = await getInScope(tx, staff, SyndicFile, id, LOCKED_WRITE);
    const stored = await tx.find(StoredFile, { ownerKind: FileOwnerKind.SYNDIC_FILE, ownerId: row.id });
    audit.staffChange(tx, staff, {
      action: 'syndicFile.remove', targetType: 'SyndicFile', targetId: row.id,
      before: { name: row.name, developmentId: row.development?.id ?? null, syndicId: row.syndic?.id ?? null },
    });
    const keys = files.detach(tx, stored);
    tx.remove(row);
    return keys;
  });
  await files.discard(removed);
  return true;
}
