/**
 * Money in Habite: integer cents in storage, a decimal string in reais in the API ("1234.56").
 * Up to R$ 10 bilhões; no more than two decimals; never a float on the way.
 */
export function centsOf(text: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents back to the API's decimal string. */
export const decimalOf = (cents: number): string => `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
