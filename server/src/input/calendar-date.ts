import { BadInputError } from '../domain-errors.js';

/** The years a date typed into Habite may fall in: anything else is a typo (and PostgreSQL would refuse some). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/**
 * A real calendar date written `aaaa-mm-dd` (no 31 February), between FIRST_YEAR and LAST_YEAR;
 * BAD_USER_INPUT naming the field otherwise.
 */
export function parseCalendarDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = match && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!match) throw new BadInputError(field, 'Informe uma data válida no formato aaaa-mm-dd (por exemplo, 2027-03-31).');
  // The format is right, the day is not (30 de fevereiro, mês 13): say so, not "the format".
  if (!real) throw new BadInputError(field, `A data ${value.trim()} não existe no calendário: confira o dia e o mês (formato aaaa-mm-dd).`);
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new BadInputError(field, `Informe uma data entre ${FIRST_YEAR} e ${LAST_YEAR}.`);
  return value.trim();
}

/** A moment (date and time) within the same years. */
export function assertReasonableMoment(value: Date, field: string): Date {
  const year = value.getUTCFullYear();
  if (Number.isNaN(value.getTime()) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new BadInputError(field, `Informe uma data entre ${FIRST_YEAR} e ${LAST_YEAR}.`);
  }
  return value;
}
