import { CsvError, parseCsv } from './csv.js';

/**
 * The CSV of units this example reads — one line per unit, with its development and, when it has
 * them, its stage (etapa) and block (torre, quadra) — turned into what Habite's upserts take:
 * each development, stage and block once, every unit, and for each row the CSV line it came from
 * (so a refused row is reported by its line).
 *
 * Columns (the header names them; their order and any other column, such as an area, don't matter):
 *   codigo_empreendimento, nome_empreendimento  required
 *   previsao_entrega                            optional, dd/mm/aaaa or aaaa-mm-dd; empty keeps what Habite has
 *   codigo_etapa, nome_etapa                    optional
 *   codigo_bloco, nome_bloco                    optional
 *   codigo_unidade, nome_unidade                required
 * The codes of stages and blocks are unique in the company (as in the ERP's tables), not per development.
 *
 * A file that contradicts itself — a block that is of one development on a line and of another on
 * the next, a unit code twice with different names — is not guessed at: the record is left out
 * of this load (what Habite has stays) and each contradicting line is reported.
 */

export const COLUMNS = {
  developmentCode: 'codigo_empreendimento',
  developmentName: 'nome_empreendimento',
  deliveryDate: 'previsao_entrega',
  stageCode: 'codigo_etapa',
  stageName: 'nome_etapa',
  blockCode: 'codigo_bloco',
  blockName: 'nome_bloco',
  unitCode: 'codigo_unidade',
  unitName: 'nome_unidade',
} as const;

const REQUIRED = [COLUMNS.developmentCode, COLUMNS.developmentName, COLUMNS.unitCode, COLUMNS.unitName];

/** The rows of Habite's inputs (schema/schema.graphql: DevelopmentRow, StageRow, BlockRow, UnitRow). */
export interface DevelopmentRow { code: string; name: string; deliveryDate?: string }
export interface StageRow { code: string; developmentCode: string; name: string }
export interface BlockRow { code: string; developmentCode: string; name: string }
export interface UnitRow { code: string; developmentCode: string; stageCode?: string; blockCode?: string; name: string }

export type KindName = 'developments' | 'stages' | 'blocks' | 'units';

/** A row to send, with the CSV line it came from (the first line, for a development, stage or block). */
export interface Sourced<R> { line: number; row: R }

/** A line the file itself contradicts; the same shape as the server's per-row errors. */
export interface FileProblem { kind: KindName; line: number; erpCode: string; field: string; code: 'CONFLICT'; message: string }

export interface UnitsFile {
  developments: Sourced<DevelopmentRow>[];
  stages: Sourced<StageRow>[];
  blocks: Sourced<BlockRow>[];
  units: Sourced<UnitRow>[];
  /** Lines that contradict an earlier one; their record is left out. */
  problems: FileProblem[];
  /** Records left out for it, per kind. */
  leftOut: Record<KindName, number>;
}

const NOUNS: Record<KindName, string> = { developments: 'o empreendimento', stages: 'a etapa', blocks: 'o bloco', units: 'a unidade' };
const LABELS: Record<string, string> = { name: 'o nome', developmentCode: 'o empreendimento', deliveryDate: 'a previsão de entrega', stageCode: 'a etapa', blockCode: 'o bloco' };

/** `31/12/2027` → `2027-12-31` (Habite takes aaaa-mm-dd); anything else goes as it is, for Habite to judge. */
export function isoDate(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text;
}

/** The records of one kind by code: the first line that names a code says what it is; a later line may only agree. */
class ByCode<R extends { code: string }> {
  private readonly all: Sourced<R>[] = [];
  private readonly first = new Map<string, Sourced<R>>();
  private readonly contradicted = new Set<string>();

  constructor(private readonly kind: KindName, private readonly problems: FileProblem[]) {}

  add(line: number, row: R): void {
    // A row without a code goes as it is: Habite answers which field is missing, and the line is reported.
    const first = row.code ? this.first.get(row.code) : undefined;
    if (!first) {
      const sourced = { line, row };
      this.all.push(sourced);
      if (row.code) this.first.set(row.code, sourced);
      return;
    }
    // An empty optional cell says nothing; any other difference is a contradiction.
    const field = (Object.keys(row) as (keyof R & string)[]).find((k) => row[k] !== undefined && row[k] !== first.row[k]);
    if (!field) return;
    this.contradicted.add(row.code);
    const shown = (value: unknown) => (value === undefined || value === '' ? '(vazio)' : `"${String(value)}"`);
    this.problems.push({
      kind: this.kind, line, erpCode: row.code, field, code: 'CONFLICT',
      message: `Na linha ${first.line}, ${LABELS[field] ?? field} é ${shown(first.row[field])}; aqui, ${shown(row[field])}: ${NOUNS[this.kind]} fica de fora desta carga até o CSV concordar.`,
    });
  }

  rows(): Sourced<R>[] {
    return this.all.filter((s) => !this.contradicted.has(s.row.code));
  }

  get leftOut(): number {
    return this.contradicted.size;
  }
}

export function readUnitsCsv(text: string): UnitsFile {
  const { columns, records } = parseCsv(text);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw new CsvError(1, `faltam as colunas ${missing.join(', ')} no cabeçalho.`);

  const problems: FileProblem[] = [];
  const developments = new ByCode<DevelopmentRow>('developments', problems);
  const stages = new ByCode<StageRow>('stages', problems);
  const blocks = new ByCode<BlockRow>('blocks', problems);
  const units = new ByCode<UnitRow>('units', problems);
  for (const { line, values } of records) {
    const cell = (column: string) => values[column] ?? '';
    const developmentCode = cell(COLUMNS.developmentCode);
    const deliveryDate = cell(COLUMNS.deliveryDate);
    const stageCode = cell(COLUMNS.stageCode);
    const blockCode = cell(COLUMNS.blockCode);
    developments.add(line, { code: developmentCode, name: cell(COLUMNS.developmentName), ...(deliveryDate ? { deliveryDate: isoDate(deliveryDate) } : {}) });
    if (stageCode) stages.add(line, { code: stageCode, developmentCode, name: cell(COLUMNS.stageName) });
    if (blockCode) blocks.add(line, { code: blockCode, developmentCode, name: cell(COLUMNS.blockName) });
    units.add(line, { code: cell(COLUMNS.unitCode), developmentCode, ...(stageCode ? { stageCode } : {}), ...(blockCode ? { blockCode } : {}), name: cell(COLUMNS.unitName) });
  }
  return {
    developments: developments.rows(), stages: stages.rows(), blocks: blocks.rows(), units: units.rows(),
    problems: problems.sort((a, b) => a.line - b.line),
    leftOut: { developments: developments.leftOut, stages: stages.leftOut, blocks: blocks.leftOut, units: units.leftOut },
  };
}
