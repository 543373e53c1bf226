import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonArea } from '../developments/common-area.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { SyndicFile } from './syndic-file.entity.js';
import { syndicCommonAreaRules, syndicFileSeenSql } from './syndic.rules.js';

/**
 * R-REQ-8 for lists: the common areas the scope's syndic sees — the ones they may open requests
 * for — filtered in SQL by every rule of `syndicCommonAreaRules`.
 */
export async function visibleCommonAreas(em: EntityManager, scope: ViewerScope, onlyIds?: string[]): Promise<CommonArea[]> {
  if (!scope.syndicId) return [];
  const rows = await query<Record<string, unknown>>(
    em,
    `select ca.* from common_area ca
      where ca.development_id = (select s.development_id from syndic s where s.id = :syndic)
        ${onlyIds ? 'and ca.id = any(cast(:onlyIds as uuid[]))' : ''}
        and ${allOf(syndicCommonAreaRules)}
      order by ca.name, ca.id`,
    { ...scopeParams(scope), onlyIds: onlyIds ?? [] },
  );
  return rows.map((row) => em.map(CommonArea, row));
}

/** R-REQ-10 for lists (and for one file's download): the syndic files the scope's syndic sees, by name. */
export async function visibleSyndicFiles(em: EntityManager, scope: ViewerScope, onlyIds?: readonly string[]): Promise<SyndicFile[]> {
  if (!scope.syndicId) return [];
  const rows = await query<Record<string, unknown>>(
    em,
    `select sf.* from syndic_file sf
      where ${syndicFileSeenSql}
        ${onlyIds ? 'and sf.id = any(cast(:onlyIds as uuid[]))' : ''}
      order by sf.name, sf.id`,
    { ...scopeParams(scope), onlyIds: onlyIds ? [...onlyIds] : [] },
  );
  return rows.map((row) => em.map(SyndicFile, row));
}
