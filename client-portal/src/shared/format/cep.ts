/** A CEP as Brazilians write it: 01310-100 (from 01310100, 01.310-100…); anything else as it came. */
export function formatCep(value: string | null | undefined): string {
  if (!value) return '';
  const digits = value.replace(/[\s.-]/g, '');
  return /^\d{8}$/.test(digits) ? `${digits.slice(0, 5)}-${digits.slice(5)}` : value;
}
