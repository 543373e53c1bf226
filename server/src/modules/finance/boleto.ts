/**
 * R-FIN-8: the linha digitável of a bank boleto — 47 digits in five fields — with its check digits:
 * the first three fields each end in a modulo-10 digit, and the fourth is the barcode's modulo-11
 * digit. (Utility bills, 48 digits starting with 8, are not boletos of a sale.)
 */
export function digitableLineOf(text: string): string | null {
  const digits = text.replace(/[\s.\-]/g, '');
  if (!/^\d{47}$/.test(digits)) return null;
  const fields = [digits.slice(0, 10), digits.slice(10, 21), digits.slice(21, 32)];
  if (!fields.every((f) => mod10(f.slice(0, -1)) === Number(f.at(-1)))) return null;
  const barcode = digits.slice(0, 4) + digits.slice(32, 47) + digits.slice(4, 9) + digits.slice(10, 20) + digits.slice(21, 31);
  return mod11(barcode.slice(0, 4) + barcode.slice(5)) === Number(barcode[4]) ? digits : null;
}

/** Modulo 10, weights 2 and 1 from the right, digits of each product added. */
export function mod10(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 2 ? 1 : 2) {
    const product = Number(digits[i]) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Modulo 11 of the barcode, weights 2 to 9 from the right; 0, 10 and 11 become 1. */
export function mod11(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 9 ? 2 : weight + 1) sum += Number(digits[i]) * weight;
  const dv = 11 - (sum % 11);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}
