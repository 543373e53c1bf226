import { formatCep } from './cep';
import { formatDocument } from './document';
import { formatPhone } from './phone';

/** A registration field's value as shown (Meus dados, registration changes): documents, CEP and phones formatted, the rest as typed. */
export function formatRegistrationValue(field: string, value: string | null | undefined): string {
  if (!value) return '';
  switch (field) {
    case 'document':
      return formatDocument(value);
    case 'phone':
      return formatPhone(value);
    case 'postalCode':
      return formatCep(value);
    default:
      return value;
  }
}
