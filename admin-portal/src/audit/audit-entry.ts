import { formatDate, formatDateTime } from '@shared/format/dates';
import { actionLabel, AUDIT_FIELDS, auditFieldEnum, enumLabel, targetTypeLabel, VALUE_WORDS, type Locale } from '../i18n/labels';

/** An audit entry as the server sends it (before/after are the snapshots the server wrote). */
export interface AuditEntryData {
  action: string;
  targetType: string;
  targetLabel?: string | null;
  before?: unknown;
  after?: unknown;
  references: { id: string; name: string }[];
}

/** What the app knows to name things: the portal settings catalog and the company's custom fields, by key. */
export interface AuditVocabulary {
  settings: ReadonlyMap<string, string>;
  customFields: ReadonlyMap<string, string>;
}

export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface AuditEntryText {
  action: string;
  /** "Bloco: Residencial Jardins · Torre B". */
  object: string;
  changes: AuditChange[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const snapshot = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** "2 dias", "36 horas", "1 hora". */
function duration(locale: Locale, minutes: number): string {
  const days = minutes / (24 * 60);
  if (Number.isInteger(days) && days > 0) return `${days.toLocaleString(locale)} ${VALUE_WORDS[days === 1 ? 'day' : 'days'][locale]}`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours.toLocaleString(locale)} ${VALUE_WORDS[hours === 1 ? 'hour' : 'hours'][locale]}`;
}

function fieldLabel(locale: Locale, field: string, entry: AuditEntryData, vocabulary: AuditVocabulary): string {
  if (field.startsWith('custom.')) return vocabulary.customFields.get(field.slice('custom.'.length)) ?? VALUE_WORDS.customField[locale];
  // A portal's settings read as on the portal's screen (the catalog); `active`, `name`… as everywhere.
  if (entry.targetType === 'Portal' && vocabulary.settings.has(field) && field !== 'name') return vocabulary.settings.get(field)!;
  if (Object.hasOwn(AUDIT_FIELDS, field)) return AUDIT_FIELDS[field]![locale];
  return vocabulary.settings.get(field) ?? VALUE_WORDS.otherField[locale];
}

/** One value in words: Sim/Não, dates as Brazilians write them, names instead of ids, enum labels — never JSON. */
function valueText(locale: Locale, field: string, value: unknown, entry: AuditEntryData): string {
  if (value === null || value === undefined || value === '') return '—';
  const names = new Map(entry.references.map((r) => [r.id, r.name]));
  const enumName = auditFieldEnum(field, entry.targetType);
  const one = (item: unknown): string => {
    if (item === null || item === undefined) return '—';
    if (typeof item === 'boolean') return VALUE_WORDS[item ? 'yes' : 'no'][locale];
    if (typeof item === 'number') return field === 'finishedAssistanceSlaMinutes' ? duration(locale, item) : item.toLocaleString(locale);
    if (typeof item === 'string') {
      if (enumName) return enumLabel(locale, enumName, item);
      if (UUID.test(item)) return names.get(item) ?? `(${VALUE_WORDS.outOfReach[locale]})`;
      if (DATE.test(item)) return formatDate(item);
      if (DATE_TIME.test(item)) return formatDateTime(item);
      return item;
    }
    return VALUE_WORDS.severalValues[locale];
  };
  if (Array.isArray(value)) return value.length ? value.map(one).join(', ') : VALUE_WORDS.empty[locale];
  return one(value);
}

/** An audit entry in words: what was done, to which object (by name), and each changed field by its label with its before and after. */
export function describeAuditEntry(locale: Locale, entry: AuditEntryData, vocabulary: AuditVocabulary): AuditEntryText {
  const before = snapshot(entry.before);
  const after = snapshot(entry.after);
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const type = targetTypeLabel(locale, entry.targetType);
  // The snapshots' key order is PostgreSQL's (jsonb), not the form's: fields read in the order of their labels.
  const changes = fields.map((field) => ({
    field,
    label: fieldLabel(locale, field, entry, vocabulary),
    before: entry.before == null ? '—' : valueText(locale, field, before[field], entry),
    after: entry.after == null ? '—' : valueText(locale, field, after[field], entry),
  }));
  return {
    action: actionLabel(locale, entry.action),
    object: `${type}: ${entry.targetLabel ?? `(${VALUE_WORDS.outOfReach[locale]})`}`,
    changes: changes.sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}
