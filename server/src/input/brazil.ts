import { BadInputError } from '../domain-errors.js';

/** The 26 states and the Federal District. */
export const UFS = ['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO'] as const;

/** Area codes (DDD) in use in Brazil. */
const DDDS = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49,
  51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89,
  91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

/** One of the 27 UFs, upper-case. */
export function parseUf(value: string, field: string): string {
  const uf = value.trim().toUpperCase();
  if (!(UFS as readonly string[]).includes(uf)) throw new BadInputError(field, 'Informe a UF com as 2 letras do estado (por exemplo, SP).');
  return uf;
}

/** A CEP: 8 digits, written 01310-100. */
export function parseCep(value: string, field: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{8}$/.test(digits)) throw new BadInputError(field, 'O CEP tem 8 dígitos (por exemplo, 01310-100).');
  return `${digits.slice(0, 5)}-${digits.slice(5)}`;
}

/**
 * A Brazilian phone with its DDD: a mobile (9 digits, starting with 9) or a landline (8 digits,
 * starting with 2 to 5), optionally after +55; written (11) 98765-4321 or (11) 3456-7890.
 */
export function parsePhone(value: string, field: string): string {
  let digits = value.replace(/[\s().+-]/g, '');
  if (!/^\d+$/.test(digits)) throw new BadInputError(field, 'Informe o telefone só com números, com DDD (por exemplo, (11) 98765-4321).');
  if (digits.length > 11 && digits.startsWith('55')) digits = digits.slice(2);
  if (digits.length > 11 && digits.startsWith('0')) digits = digits.slice(1);
  const ddd = Number(digits.slice(0, 2));
  const number = digits.slice(2);
  const mobile = number.length === 9 && number.startsWith('9');
  const landline = number.length === 8 && /^[2-5]/.test(number);
  if (!DDDS.has(ddd) || !(mobile || landline)) throw new BadInputError(field, 'Informe um telefone válido com DDD (por exemplo, (11) 98765-4321).');
  return `(${digits.slice(0, 2)}) ${number.slice(0, number.length - 4)}-${number.slice(-4)}`;
}
