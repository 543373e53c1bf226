/**
 * Slot times are typed and shown in America/Sao_Paulo. Brazil has had no daylight saving time
 * since 2019, so the offset is fixed at -03:00: a day and an hh:mm make one instant, and back.
 */
const OFFSET_MS = 3 * 60 * 60 * 1000;

export const atLocal = (day: string, time: string): Date => new Date(`${day}T${time}:00-03:00`);

/** The local day (aaaa-mm-dd) of an instant. */
export const localDay = (at: Date): string => new Date(at.getTime() - OFFSET_MS).toISOString().slice(0, 10);

/** The local time (hh:mm) of an instant. */
export const localTime = (at: Date): string => new Date(at.getTime() - OFFSET_MS).toISOString().slice(11, 16);

/** "31/03/2027 às 09:00" / "31/03/2027 at 09:00". */
export const spokenAt = (at: Date, locale: 'pt' | 'en' = 'pt'): string =>
  `${localDay(at).split('-').reverse().join('/')} ${locale === 'pt' ? 'às' : 'at'} ${localTime(at)}`;

/** The weekday (0 = Sunday) of a calendar day. */
export const weekday = (day: string): number => new Date(`${day}T12:00:00Z`).getUTCDay();

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
