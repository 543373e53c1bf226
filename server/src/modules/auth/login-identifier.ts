import { BadInputError } from '../../domain-errors.js';

export type LoginKey = { by: 'email'; email: string } | { by: 'document'; document: string };

/** What a person types to sign in: an e-mail, or a CPF/CNPJ with or without punctuation. */
export function parseLogin(raw: string, field = 'login'): LoginKey {
  const value = raw.trim();
  if (value === '') throw new BadInputError(field, 'Informe seu e-mail ou CPF/CNPJ.');
  if (value.includes('@')) return { by: 'email', email: normalizeEmail(value, field) };
  const document = value.replace(/[.\-/\s]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{11,14}$/.test(document)) throw new BadInputError(field, 'Informe um e-mail ou um CPF/CNPJ válido.');
  return { by: 'document', document };
}

export function normalizeEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new BadInputError(field, 'Informe um e-mail válido.');
  }
  return email;
}
