/** Money and dates as a person in Brazil reads them (R-FIN-8, SPEC §17): "R$ 1.234,56", "31/03/2027". */

const BRL = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

/** Integer cents → "R$ 1.234,56" (Intl writes a no-break space after "R$"; a plain one reads the same and copies better). */
export const moneyText = (cents: number): string => BRL.format(cents / 100).replace(/\u00a0/g, ' ');

/** "2027-03-31" → "31/03/2027". */
export const dateText = (isoDate: string): string => {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in São Paulo at an instant, "2027-03-31": what is due, overdue or paid "today" (R-FIN-8). */
export const saoPauloDate = (at: Date): string => TODAY.format(at);

/** CPF "52998224725" → "529.982.247-25"; CNPJ (numeric or alphanumeric) → "12.ABC.345/01DE-35"; anything else as stored. */
export function documentFormatted(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const d = raw.replace(/[.\-/\s]/g, '').toUpperCase();
  if (/^\d{11}$/.test(d)) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  if (/^[0-9A-Z]{12}\d{2}$/.test(d)) return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
  return raw;
}
