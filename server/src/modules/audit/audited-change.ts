import { BadInputError } from '../../domain-errors.js';

export type Snapshot = Record<string, unknown>;

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * Applies `patch` to `entity` (only keys given, not undefined) and returns what changed as
 * before/after snapshots; empty when nothing did.
 */
export function applyPatch<T extends object>(entity: T, patch: Partial<T>): { before: Snapshot; after: Snapshot } {
  const before: Snapshot = {};
  const after: Snapshot = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = (entity as Snapshot)[key];
    if (JSON.stringify(comparable(current)) === JSON.stringify(comparable(value))) continue;
    before[key] = comparable(current) ?? null;
    after[key] = comparable(value) ?? null;
    (entity as Snapshot)[key] = value;
  }
  return { before, after };
}

/** A required, trimmed name, or BAD_USER_INPUT naming the field. */
export function requiredName(value: string | null | undefined, field = 'name', max = 200): string | undefined {
  if (value === undefined) return undefined;
  const name = (value ?? '').trim();
  if (!name) throw new BadInputError(field, 'Informe o nome.');
  if (name.length > max) throw new BadInputError(field, `No máximo ${max} caracteres.`);
  return name;
}
