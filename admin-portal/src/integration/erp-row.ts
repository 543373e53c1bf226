import { formatDate, formatDateTime } from '@shared/format/dates';
import { formatDocument } from '@shared/format/document';
import { formatMoney } from '@shared/format/money';
import { formatPhone } from '@shared/format/phone';
import type { ErpKind } from '../gql/graphql';
import { ENUM_LABELS, enumLabel, ERP_FIELDS, ERP_VALUE_LABELS, VALUE_WORDS, type EnumName, type Locale, type Words } from '../i18n/labels';

/** One field of a row the ERP sent, in words: "Empreendimento (código no ERP): EMP-009". */
export interface ErpRowPair {
  field: string;
  label: string;
  value: string;
  /** The field the refusal names (or holds it: `participants` for `participants.0.customerCode`). */
  refused: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DECIMAL = /^-?\d+(\.\d{1,2})?$/;
const DATE_FIELDS = new Set(['deliveryDate', 'dueDate', 'paidAt']);
const MONEY_FIELDS = new Set(['amount', 'paidAmount']);

/** Which enum a row's value belongs to, by field and kind (a `status` is a reservation's, a development's or a bill's). */
function valueWords(kind: ErpKind, field: string): { app: EnumName } | { erp: Record<string, Words> } | null {
  if (field === 'kind' && kind === 'DEVELOPMENT') return { app: 'DevelopmentKind' };
  if (field === 'status' && kind === 'DEVELOPMENT') return { app: 'DevelopmentStatus' };
  if (field === 'status' && kind === 'RESERVATION') return { app: 'ReservationStatus' };
  if (field === 'status' && kind === 'BILL') return { erp: ERP_VALUE_LABELS.BillStatus };
  if (field === 'paymentMethod') return { erp: ERP_VALUE_LABELS.PaymentMethod };
  return null;
}

/** A field's name in words; one this build does not know reads "Outro campo", never its name. */
export function erpFieldLabel(locale: Locale, field: string): string {
  return (Object.hasOwn(ERP_FIELDS, field) ? ERP_FIELDS[field]! : VALUE_WORDS.otherField)[locale];
}

/** The field a refusal names, in words: `participants.0.customerCode` → "Associados › nº 1 › Cliente (código no ERP)". */
export function erpFieldPathLabel(locale: Locale, path: string | null | undefined): string | null {
  if (!path) return null;
  return path.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? `nº ${Number(part) + 1}` : erpFieldLabel(locale, part))).join(' › ');
}

/** One value as staff read it: Sim/Não, dd/mm/aaaa, R$ 1.234,56, CPF with its dots, labels for codes — never JSON. */
export function erpValueText(locale: Locale, kind: ErpKind, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return VALUE_WORDS[value ? 'yes' : 'no'][locale];
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (Array.isArray(value)) {
    if (value.length === 0) return VALUE_WORDS.empty[locale];
    return value.map((item, i) => `${value.length > 1 ? `nº ${i + 1}: ` : ''}${erpValueText(locale, kind, field, item)}`).join('; ');
  }
  if (typeof value === 'object') {
    // A nested row (an associate of a reservation): its fields, each by its label.
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${erpFieldLabel(locale, key)}: ${erpValueText(locale, kind, key, item)}`)
      .join(' · ');
  }
  const text = String(value);
  const words = valueWords(kind, field);
  if (words) {
    if ('app' in words) {
      if (Object.hasOwn(ENUM_LABELS[words.app], text)) return enumLabel(locale, words.app, text);
    } else if (Object.hasOwn(words.erp, text)) return words.erp[text]![locale];
    // A value the ERP typed that is no code we know: shown as it was sent.
    return `“${text}”`;
  }
  if (DATE_FIELDS.has(field) && DATE.test(text)) return formatDate(text);
  if (field === 'signedAt' && DATE_TIME.test(text)) return formatDateTime(text);
  if (MONEY_FIELDS.has(field) && DECIMAL.test(text.trim())) return formatMoney(text.trim());
  if (field === 'document') return formatDocument(text);
  if (field === 'phone') return formatPhone(text) || text;
  return text;
}

/** The order staff read a row in: the ERP code, the name, then the fields as the label table lists them. */
const ORDER = Object.keys(ERP_FIELDS);
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);

/**
 * R-SYNC-4: a refused row as label: value pairs, the refused field marked — what the sync run's
 * error log shows instead of the JSON the ERP sent.
 */
export function describeErpRow(locale: Locale, kind: ErpKind, row: unknown, refusedField?: string | null): ErpRowPair[] {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return [];
  const refusedTop = refusedField?.split('.')[0] ?? null;
  return Object.entries(row as Record<string, unknown>)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, value]) => {
      const refused = field === refusedTop;
      const shown = erpValueText(locale, kind, field, value);
      // The refused value exactly as the ERP sent it ("2026-02-30", not "30/02/2026"): what to look for in the ERP.
      const asSent = refused && typeof value === 'string' && value !== '' && shown !== value && !valueWords(kind, field);
      return { field, label: erpFieldLabel(locale, field), value: asSent ? `“${value}”` : shown, refused };
    });
}
