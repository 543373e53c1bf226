import { BadInputError } from '../../domain-errors.js';

/** Strips punctuation; letters upper-case (alphanumeric CNPJ). */
export const normalizeDocument = (raw: string) => raw.replace(/[.\-/\s]/g, '').toUpperCase();

/** CPF: 11 digits, two check digits (mod 11). Repeated digits are not valid CPFs. */
export function isValidCpf(raw: string): boolean {
  const cpf = normalizeDocument(raw);
  if (!/^\d{11}$/.test(cpf) || /^(\d)\1{10}$/.test(cpf)) return false;
  const digit = (length: number) => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(cpf[i]) * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return digit(9) === Number(cpf[9]) && digit(10) === Number(cpf[10]);
}

/**
 * CNPJ, numeric or alphanumeric (in force since July 2026): 12 characters [0-9A-Z] then two
 * numeric check digits. Each character counts as its ASCII code minus 48, weights 2..9 from the right.
 */
export function isValidCnpj(raw: string): boolean {
  const cnpj = normalizeDocument(raw);
  if (!/^[0-9A-Z]{12}\d{2}$/.test(cnpj) || /^(\d)\1{13}$/.test(cnpj)) return false;
  const value = (c: string) => c.charCodeAt(0) - 48;
  const digit = (length: number) => {
    let sum = 0;
    let weight = 2;
    for (let i = length - 1; i >= 0; i--) {
      sum += value(cnpj[i]!) * weight;
      weight = weight === 9 ? 2 : weight + 1;
    }
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return digit(12) === Number(cnpj[12]) && digit(13) === Number(cnpj[13]);
}

/** A CPF or CNPJ, validated by its check digits; returns it normalised or throws naming the field. */
export function parseDocument(raw: string, field = 'document'): string {
  const document = normalizeDocument(raw);
  if (document.length === 11 && isValidCpf(document)) return document;
  if (document.length === 14 && isValidCnpj(document)) return document;
  throw new BadInputError(field, 'CPF ou CNPJ inválido: confira os dígitos.');
}
