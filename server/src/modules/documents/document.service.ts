import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { requiredName } from '../audit/audited-change.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import { Unit } from '../developments/unit.entity.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind, StoredFile } from '../files/stored-file.entity.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { unitCandidatesSql } from '../developments/unit.rules.js';
import { DevelopmentDocument, type DocumentCategory } from './development-document.entity.js';
import { documentRules } from './document.rules.js';

/**
 * The documents this customer sees (document.rules.ts, the SQL face): all of them, those of one
 * unit's places (its development, its tower, itself), or those of `ids`.
 */
export async function visibleDocuments(em: EntityManager, scope: ViewerScope, filter: { unitId?: string; ids?: readonly string[] } = {}): Promise<DevelopmentDocument[]> {
  if (!scope.customerId || filter.ids?.length === 0) return [];
  const rows = await query<{ id: string }>(
    em,
    `select dd.id from development_document dd
      where dd.development_id in (select u.development_id from unit u where u.id in ${unitCandidatesSql})
        ${filter.ids ? 'and dd.id = any(cast(:ids as uuid[]))' : ''}
        ${filter.unitId ? `and exists (select 1 from unit fu where fu.id = :unitId and fu.development_id = dd.development_id
                             and (dd.block_id is null or dd.block_id = fu.block_id) and (dd.unit_id is null or dd.unit_id = fu.id))` : ''}
        and ${allOf(documentRules)}`,
    { ...scopeParams(scope), ids: filter.ids ?? null, unitId: filter.unitId ?? null },
  );
  if (!rows.length) return [];
  return em.find(DevelopmentDocument, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { category: 'asc', title: 'asc', id: 'asc' } });
}

type Deps = { staff: StaffViewer; files: FileService; audit: AuditService };

export interface AddDocumentInput {
  developmentId: string;
  blockId?: string | null;
  unitId?: string | null;
  category: DocumentCategory;
  title?: string | null;
  fileId: string;
}

/** Staff add a document — an upload of theirs (POST /files, kind DEVELOPMENT_DOCUMENT) — to a development, one of its towers or one unit; audited. */
export async function addDevelopmentDocument(em: EntityManager, { staff, files, audit }: Deps, input: AddDocumentInput): Promise<DevelopmentDocument> {
  if (input.blockId && input.unitId) throw new BadInputError('unitId', 'Escolha para quem é o documento: o empreendimento todo, uma torre ou uma unidade — não torre e unidade juntas.');
  const title = input.title?.trim() ? requiredName(input.title, 'title') : undefined;
  return em.transactional(async (tx) => {
    const development = await getInScope(tx, staff, Development, input.developmentId);
    const block = input.blockId ? await getInScope(tx, staff, Block, { id: input.blockId, development: development.id }) : null;
    const unit = input.unitId ? await getInScope(tx, staff, Unit, { id: input.unitId, development: development.id }) : null;
    const row = tx.create(DevelopmentDocument, { development, block, unit, category: input.category, title: title ?? 'Documento', createdBy: staff.account.id });
    const file = await files.attach(tx, staff, input.fileId, FileOwnerKind.DEVELOPMENT_DOCUMENT, row.id);
    if (!title) row.title = file.name.replace(/\.[a-z0-9]+$/i, '');
    audit.staffChange(tx, staff, {
      action: 'developmentDocument.add', targetType: 'DevelopmentDocument', targetId: row.id,
      after: { title: row.title, category: row.category, developmentId: development.id, blockId: block?.id ?? null, unitId: unit?.id ?? null, fileName: file.name },
    });
    return row;
  });
}

/** Staff remove a document (its stored bytes too); audited. */
export async function removeDevelopmentDocument(em: EntityManager, { staff, files, audit }: Deps, id: string): Promise<boolean> {
  const removed = await em.transactional(async (tx) => {
    const row = await getInScope(tx, staff, DevelopmentDocument, id, LOCKED_WRITE);
    const stored = await tx.find(StoredFile, { ownerKind: FileOwnerKind.DEVELOPMENT_DOCUMENT, ownerId: row.id });
    audit.staffChange(tx, staff, {
      action: 'developmentDocument.remove', targetType: 'DevelopmentDocument', targetId: row.id,
      before: { title: row.title, category: row.category, developmentId: row.development.id, blockId: row.block?.id ?? null, unitId: row.unit?.id ?? null },
    });
    const keys = files.detach(tx, stored);
    tx.remove(row);
    return keys;
  });
  await files.discard(removed);
  return true;
}
