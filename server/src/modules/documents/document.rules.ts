import { say, type Said } from '../../locale.js';
import { unitInPlaceOutcome, unitInPlaceSql, type UnitFacts } from '../developments/unit.rules.js';
import type { Rule } from '../visibility/rule.js';
import { DocumentCategory } from './development-document.entity.js';

/**
 * Who sees a development's document (SPEC §3, R-UNIT-4: what hangs off a unit is hidden with it):
 * a customer who sees a unit of its place — the development, the tower, or the one unit it is for.
 * One rule, its SQL face over the document alias `dd`, its check over the facts document-facts.ts loads.
 */

export const CATEGORY_NAMES: Record<DocumentCategory, Said> = {
  OWNER_MANUAL: say('Manual do proprietário', 'Owner\'s manual'),
  SPECIFICATION: say('Memorial descritivo', 'Specification'),
  FLOOR_PLAN: say('Planta', 'Floor plan'),
  CONDOMINIUM_RULES: say('Convenção e regimento interno', 'Condominium rules'),
  WARRANTY: say('Termo de garantia', 'Warranty'),
  OTHER: say('Outro documento', 'Other document'),
};

export interface DocumentFacts {
  documentId: string;
  title: string;
  developmentName: string;
  blockName: string | null;
  unitName: string | null;
  /** The customer's units in the document's place, with their unit facts. */
  units: UnitFacts[];
}

/** Where a document is for, in words ("na torre \"Torre A\" de \"Residencial Jardins\""). */
export function placeWords(f: Pick<DocumentFacts, 'developmentName' | 'blockName' | 'unitName'>): Said {
  if (f.unitName) return say(`na unidade "${f.unitName}" de "${f.developmentName}"`, `in the unit "${f.unitName}" of "${f.developmentName}"`);
  if (f.blockName) return say(`na torre "${f.blockName}" de "${f.developmentName}"`, `in the tower "${f.blockName}" of "${f.developmentName}"`);
  return say(`em "${f.developmentName}"`, `in "${f.developmentName}"`);
}

export const documentRules: Rule<DocumentFacts>[] = [
  {
    id: 'R-UNIT-4',
    label: say('O cliente vê uma unidade do lugar do documento (empreendimento, torre ou unidade)', 'The customer sees a unit of the document\'s place (development, tower or unit)'),
    sql: unitInPlaceSql('dd.development_id', 'dd.block_id', 'dd.unit_id'),
    check: (f) => unitInPlaceOutcome(f.units, placeWords(f)),
  },
];
