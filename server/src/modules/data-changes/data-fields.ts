import { BadInputError } from '../../domain-errors.js';
import { normalizeEmail } from '../auth/login-identifier.js';
import type { Customer } from '../customers/customer.entity.js';
import { CustomFieldType, type CustomField } from './custom-field.entity.js';
import type { DataValues } from './data-change-request.entity.js';

/** The registration fields a customer may change (R-DATA-1), with their labels. The document (CPF/CNPJ) is not one of them. */
export const BUILT_IN_FIELDS = {
  name: 'Nome',
  email: 'E-mail',
  phone: 'Telefone',
  postalCode: 'CEP',
  street: 'Logradouro',
  streetNumber: 'Número',
  complement: 'Complemento',
  district: 'Bairro',
  city: 'Cidade',
  state: 'UF',
} as const;

export type BuiltInField = keyof typeof BUILT_IN_FIELDS;
const CUSTOM = 'custom.';

export const isBuiltIn = (field: string): field is BuiltInField => field in BUILT_IN_FIELDS;

export function labelOf(field: string, customFields: CustomField[]): string {
  if (isBuiltIn(field)) return BUILT_IN_FIELDS[field];
  return customFields.find((c) => `${CUSTOM}${c.key}` === field)?.label ?? field;
}

/** The customer's current value of a field (built-in, or `custom.<key>`). */
export function currentValue(customer: Customer, field: string): string | null {
  if (isBuiltIn(field)) return (customer[field] as string | null | undefined) ?? null;
  return customer.customFields?.[field.slice(CUSTOM.length)] ?? null;
}

export function currentValues(customer: Customer, fields: string[]): DataValues {
  return Object.fromEntries(fields.map((f) => [f, currentValue(customer, f)]));
}

/** Writes values into the customer record (the caller bumps the version and saves). */
export function writeValues(customer: Customer, values: DataValues): void {
  const custom = { ...(customer.customFields ?? {}) };
  for (const [field, value] of Object.entries(values)) {
    if (isBuiltIn(field)) (customer as unknown as Record<string, unknown>)[field] = value;
    else custom[field.slice(CUSTOM.length)] = value;
  }
  customer.customFields = custom;
}

/**
 * Checks and normalises proposed values: known fields only, each in its format. Throws
 * BAD_USER_INPUT naming the field (`changes.<field>`).
 */
export function normalizeValues(input: { field: string; value?: string | null }[], customFields: CustomField[]): DataValues {
  const values: DataValues = {};
  for (const { field, value: raw } of input) {
    const name = `changes.${field}`;
    const value = raw?.trim() || null;
    if (isBuiltIn(field)) {
      if (field === 'name' && !value) throw new BadInputError(name, 'O nome não pode ficar vazio.');
      if (field === 'email') {
        if (!value) throw new BadInputError(name, 'O e-mail não pode ficar vazio.');
        values[field] = normalizeEmail(value, name);
        continue;
      }
      if (field === 'postalCode' && value) {
        const digits = value.replace(/\D/g, '');
        if (digits.length !== 8) throw new BadInputError(name, 'O CEP tem 8 dígitos.');
        values[field] = `${digits.slice(0, 5)}-${digits.slice(5)}`;
        continue;
      }
      if (field === 'state' && value && !/^[A-Za-z]{2}$/.test(value)) throw new BadInputError(name, 'Informe a UF com 2 letras.');
      if (field === 'phone' && value && value.replace(/\D/g, '').length < 10) throw new BadInputError(name, 'Informe o telefone com DDD.');
      if (value && value.length > 300) throw new BadInputError(name, 'No máximo 300 caracteres.');
      values[field] = field === 'state' && value ? value.toUpperCase() : value;
      continue;
    }
    const definition = field.startsWith(CUSTOM) ? customFields.find((c) => c.active && `${CUSTOM}${c.key}` === field) : undefined;
    if (!definition) throw new BadInputError(name, `O campo "${field}" não pode ser alterado.`);
    if (value && definition.type === CustomFieldType.NUMBER && !/^-?\d+([.,]\d+)?$/.test(value)) throw new BadInputError(name, `"${definition.label}" deve ser um número.`);
    if (value && definition.type === CustomFieldType.DATE && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new BadInputError(name, `"${definition.label}" deve ser uma data (aaaa-mm-dd).`);
    }
    if (value && value.length > 300) throw new BadInputError(name, 'No máximo 300 caracteres.');
    values[field] = value;
  }
  return values;
}
