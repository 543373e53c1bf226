/**
 * CPF and CNPJ as Brazilians write them: 529.982.247-25, 11.222.333/0001-81, and the alphanumeric
 * CNPJ (in force since July 2026) 12.ABC.345/01DE-35. The API keeps them bare (digits and capitals);
 * anything that is neither is shown as it came.
 */
export function formatDocument(value: string | null | undefined): string {
  if (!value) return '';
  const bare = value.replace(/[.\-/\s]/g, '').toUpperCase();
  if (/^\d{11}$/.test(bare)) return `${bare.slice(0, 3)}.${bare.slice(3, 6)}.${bare.slice(6, 9)}-${bare.slice(9)}`;
  if (/^[0-9A-Z]{12}\d{2}$/.test(bare)) return `${bare.slice(0, 2)}.${bare.slice(2, 5)}.${bare.slice(5, 8)}/${bare.slice(8, 12)}-${bare.slice(12)}`;
  return value;
}
