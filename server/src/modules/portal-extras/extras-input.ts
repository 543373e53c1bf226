import { BadInputError } from '../../domain-errors.js';

/** A required text of at most `max` characters (undefined: not sent, unchanged). */
export function text(value: string | null | undefined, field: string, max: number, empty: string): string | undefined {
  if (value === undefined) return undefined;
  const t = (value ?? '').trim();
  if (!t) throw new BadInputError(field, empty);
  if (t.length > max) throw new BadInputError(field, `No máximo ${max} caracteres.`);
  return t;
}

/** An optional text: undefined unchanged, empty cleared (null). */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null | undefined {
  if (value === undefined) return undefined;
  const t = (value ?? '').trim();
  if (t.length > max) throw new BadInputError(field, `No máximo ${max} caracteres.`);
  return t || null;
}

/** An optional https address (a banner's or a benefit's link): customers are never sent to plain http or elsewhere. */
export function httpsLink(value: string | null | undefined, field = 'link'): string | null | undefined {
  const t = optionalText(value, field, 1000);
  if (!t) return t;
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    throw new BadInputError(field, 'Informe um endereço completo, começando com https://.');
  }
  if (url.protocol !== 'https:') throw new BadInputError(field, 'O endereço precisa começar com https:// (conexão segura).');
  return url.toString();
}

/** A calendar date AAAA-MM-DD (or empty: none). */
export function calendarDate(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined) return undefined;
  const t = (value ?? '').trim();
  if (!t) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== t) throw new BadInputError(field, 'Informe uma data válida (dd/mm/aaaa).');
  return t;
}

/** Today's calendar date in São Paulo. */
export const todayInSaoPaulo = (now: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(now);
