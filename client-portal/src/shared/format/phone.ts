/**
 * A Brazilian phone with its area code: (11) 98765-4321 (mobile) or (11) 3456-7890 (landline),
 * whatever punctuation or +55 it came with; anything else is shown as it came.
 */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return '';
  let digits = value.replace(/[\s().+-]/g, '');
  if (!/^\d+$/.test(digits)) return value;
  if (digits.length > 11 && digits.startsWith('55')) digits = digits.slice(2);
  if (digits.length > 11 && digits.startsWith('0')) digits = digits.slice(1);
  if (digits.length !== 10 && digits.length !== 11) return value;
  const number = digits.slice(2);
  return `(${digits.slice(0, 2)}) ${number.slice(0, -4)}-${number.slice(-4)}`;
}
