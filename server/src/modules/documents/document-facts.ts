import type { EntityManager } from '@mikro-orm/postgresql';
import { loadUnitsInPlace } from '../developments/unit-facts.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import type { DocumentFacts } from './document.rules.js';

/** Everything the document rules look at, for these documents. */
export async function loadDocumentFacts(em: EntityManager, scope: ViewerScope, ids: string[]): Promise<Map<string, DocumentFacts>> {
  const rows = await query<{ documentId: string; title: string; developmentId: string; developmentName: string; blockId: string | null; blockName: string | null; unitId: string | null; unitName: string | null }>(
    em,
    `select dd.id as "documentId", dd.title, d.id as "developmentId", d.name as "developmentName", b.id as "blockId", b.name as "blockName", u.id as "unitId", u.name as "unitName"
       from development_document dd join development d on d.id = dd.development_id
       left join block b on b.id = dd.block_id left join unit u on u.id = dd.unit_id
      where dd.id = any(cast(:ids as uuid[]))`,
    { ids },
  );
  const result = new Map<string, DocumentFacts>();
  for (const { developmentId, blockId, unitId, ...row } of rows) {
    result.set(row.documentId, { ...row, units: await loadUnitsInPlace(em, scope, { developmentId, blockId, unitId }) });
  }
  return result;
}
