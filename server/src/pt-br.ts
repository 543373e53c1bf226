/**
 * How generated sentences count, list and date things in Portuguese (STYLE, "Words"): number
 * agreement spelled out ("1 área comum", "2 áreas comuns"), never "(s)".
 */

/** "1 área comum", "2 áreas comuns", "nenhuma área comum" (with `none`). */
export function countOf(n: number, singular: string, plural: string, none?: string): string {
  if (n === 0 && none) return none;
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "A", "A e B", "A, B e C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

const DATE_TIME = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** "31/03/2027 às 14:05", in São Paulo time. */
export function dateTimeText(at: Date | string): string {
  const parts = Object.fromEntries(DATE_TIME.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} às ${parts.hour}:${parts.minute}`;
}
