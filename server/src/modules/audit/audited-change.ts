import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { BadInputError } from '../../domain-errors.js';
import { staffOf } from '../visibility/scope.js';

type Snapshot = Record<string, unknown>;

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

/** R-SET-2: records a staff member's configuration change, before and after, in the same transaction. */
export function auditChange(
  ctx: Context,
  tx: EntityManager,
  entry: { action: string; targetType: string; targetId: string; before?: Snapshot | null; after?: Snapshot | null },
): void {
  const staff = staffOf(ctx)!;
  ctx.services.audit.record(tx, { actor: staff, company: staff.company, ip: ctx.ip, ...entry }, ctx.services.clock.now());
}

/**
 * Creates (when `existing` is null) or updates a configuration record with `patch`, auditing
 * the change with before and after (R-SET-2), all in one transaction.
 */
export async function saveAudited<T extends { id: string }>(
  ctx: Context,
  options: { existing: T | null; create: (tx: EntityManager) => T; patch: Partial<T>; targetType: string },
): Promise<T> {
  return ctx.em.transactional(async (tx) => {
    const entity = options.existing ?? options.create(tx);
    const { before, after } = applyPatch(entity, options.patch);
    tx.persist(entity);
    if (options.existing && Object.keys(after).length === 0) return entity;
    auditChange(ctx, tx, {
      action: `${options.targetType}.${options.existing ? 'update' : 'create'}`,
      targetType: options.targetType,
      targetId: entity.id,
      before: options.existing ? before : null,
      after,
    });
    return entity;
  });
}

/** A required, trimmed name, or BAD_USER_INPUT naming the field. */
export function requiredName(value: string | null | undefined, field = 'name', max = 200): string | undefined {
  if (value === undefined) return undefined;
  const name = (value ?? '').trim();
  if (!name) throw new BadInputError(field, 'Informe o nome.');
  if (name.length > max) throw new BadInputError(field, `No máximo ${max} caracteres.`);
  return name;
}
