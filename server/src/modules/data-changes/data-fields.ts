import { BadInputError } from '../../domain-errors.js';
import { parseCep, parsePhone, parseUf } from '../../input/brazil.js';
import { parseCalendarDate } from '../../input/calendar-date.js';
import type { Locale } from '../../locale.js';
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

/** The same labels in English (`x-habite-locale: en`). Custom fields keep the label the company gave them. */
export const BUILT_IN_FIELDS_EN: Record<BuiltInField, string> = {
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  postalCode: 'Postal code',
  street: 'Street',
  streetNumber: 'Number',
  complement: 'Complement',
  district: 'District',
  city: 'City',
  state: 'State',
};
const CUSTOM = 'custom.';

/** A closed set: a name such as "toString" or "__proto__" is not a field, whatever plain objects inherit. */
export const isBuiltIn = (field: string): field is BuiltInField => Object.hasOwn(BUILT_IN_FIELDS, field);

export function labelOf(field: string, customFields: CustomField[], locale: Locale = 'pt-BR'): string {
  if (isBuiltIn(field)) return locale === 'en' ? BUILT_IN_FIELDS_EN[field] : BUILT_IN_FIELDS[field];
  return customFields.find((c) => `${CUSTOM}${c.key}` === field)?.label ?? field;
}

/** The customer's current value of a field (built-in, or `custom.<key>`). */
export function currentValue(customer: Customer, field: string): string | null {
  if (isBuiltIn(field)) return (customer[field] as string | null | undefined) ?? null;
  const key = field.slice(CUSTOM.length);
  return customer.customFields && Object.hasOwn(customer.customFields, key) ? (customer.customFields[key] ?? null) : null;
}

export function currentValues(customer: Customer, fields: string[]): DataValues {
  return Object.fromEntries(fields.map((f) => [f, currentValue(customer, f)]));
}

/** Writes values into the customer record (the caller bumps the version and saves). */
export function writeValues(customer: Customer, values: DataValues): void {
  const custom: Record<string, string | null> = Object.assign(Object.create(null) as Record<string, string | null>, customer.customFields ?? {});
  for (const [field, value] of Object.entries(values)) {
    if (isBuiltIn(field)) (customer as unknown as Record<string, unknown>)[field] = value;
    else custom[field.slice(CUSTOM.length)] = value;
  }
  customer.customFields = { ...custom };
}

/**
 * Checks and normalises proposed values: known fields only (the registration fields and the
 * company's active custom fields), each once and in its format. Throws BAD_USER_INPUT naming the
 * field (`changes.<field>`).
 */
export function normalizeValues(input: { field: string; value?: string | null }[], customFields: CustomField[]): DataValues {
  const values: DataValues = Object.create(null) as DataValues;
  if (input.length > Object.keys(BUILT_IN_FIELDS).length + customFields.length) throw new BadInputError('changes', 'Campos demais numa só alteração.');
  for (const { field, value: raw } of input) {
    const name = `changes.${field}`;
    const value = raw?.trim() || null;
    if (Object.hasOwn(values, field)) throw new BadInputError(name, 'Cada campo só pode aparecer uma vez.');
    if (value && value.length > 300) throw new BadInputError(name, 'No máximo 300 caracteres.');
    if (isBuiltIn(field)) {
      values[field] = builtIn(field, value, name);
      continue;
    }
    const definition = field.startsWith(CUSTOM) ? customFields.find((c) => c.active && `${CUSTOM}${c.key}` === field) : undefined;
    if (!definition) throw new BadInputError(name, notChangeable(field, customFields));
    if (value && definition.type === CustomFieldType.NUMBER && !/^-?\d{1,15}([.,]\d{1,6})?$/.test(value)) throw new BadInputError(name, `"${definition.label}" deve ser um número.`);
    values[field] = value && definition.type === CustomFieldType.DATE ? parseCalendarDate(value, name) : value;
  }
  return { ...values };
}

/** Named by its label when it has one (the CPF/CNPJ, an inactive custom field); a name the caller made up is not repeated back. */
function notChangeable(field: string, customFields: CustomField[]): string {
  if (field === 'document') return 'O CPF/CNPJ não pode ser alterado pelo portal: fale com a incorporadora.';
  const label = customFields.find((c) => `${CUSTOM}${c.key}` === field)?.label;
  return label ? `O campo "${label}" não pode ser alterado agora.` : 'Este campo não existe no cadastro ou não pode ser alterado.';
}

function builtIn(field: BuiltInField, value: string | null, name: string): string | null {
  switch (field) {
    case 'name':
      if (!value) throw new BadInputError(name, 'O nome não pode ficar vazio.');
      return value;
    case 'email':
      if (!value) throw new BadInputError(name, 'O e-mail não pode ficar vazio.');
      return normalizeEmail(value, name);
    case 'postalCode':
      return value ? parseCep(value, name) : null;
    case 'state':
      return value ? parseUf(value, name) : null;
    case 'phone':
      return value ? parsePhone(value, name) : null;
    default:
      return value;
  }
}
