import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { Portal } from '../portal/portal.entity.js';
import { idsInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { Subsubject } from './subsubject.entity.js';

/**
 * R-REQ-2, written once: the name a portal shows for a subsubject — that portal's own display
 * name, else the display name of every portal, else the real name. Staff always see the real name.
 */
export function portalNameOf(subsubject: Pick<Subsubject, 'name' | 'portalDisplayName' | 'portalDisplayNames'>, portalId: string | null): string {
  return (portalId ? subsubject.portalDisplayNames?.[portalId] : null) || subsubject.portalDisplayName || subsubject.name;
}

/** The same rule in SQL over a subsubject alias and the `:portal` parameter: the display name that portal shows, '' when it shows the real name. */
export const portalDisplayNameSql = (alias: string) =>
  `coalesce(nullif(${alias}.portal_display_names ->> cast(:portal as text), ''), nullif(${alias}.portal_display_name, ''), '')`;

@ObjectType({ description: 'R-REQ-2: o nome de exibição de um subassunto num portal (sobrepõe o nome de exibição geral).' })
export class SubsubjectPortalName {
  @Field(() => ID) portalId!: string;
  @Field(() => String) displayName!: string;
}

export interface PortalNameChange {
  portalId: string;
  /** Empty: the portal goes back to the display name of every portal. */
  displayName: string;
}

/** Checks what staff asked: portals of their company only, names of at most 200 characters (BAD_USER_INPUT naming the field). */
export async function checkPortalNameChanges(
  em: EntityManager,
  staff: StaffViewer,
  changes: readonly PortalNameChange[],
  field = 'displayNamesByPortal',
): Promise<PortalNameChange[]> {
  const ids = [...new Set(changes.map((c) => c.portalId))];
  if ((await idsInScope(em, staff, Portal, ids)).length !== ids.length) throw new BadInputError(field, 'Portal não encontrado nesta empresa.');
  const checked = changes.map((c) => ({ portalId: c.portalId, displayName: c.displayName.trim() }));
  if (checked.some((c) => c.displayName.length > 200)) throw new BadInputError(field, 'O nome de exibição deve ter no máximo 200 caracteres.');
  return checked;
}

/** The per-portal display names after the changes; sorted, so an unchanged set compares equal (and is not audited as a change). */
export function withPortalNames(current: Record<string, string>, changes: readonly PortalNameChange[]): Record<string, string> {
  const next: Record<string, string> = { ...current };
  for (const { portalId, displayName } of changes) {
    if (displayName) next[portalId] = displayName;
    else delete next[portalId];
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
