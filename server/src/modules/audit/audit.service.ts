import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { AuditLog } from './audit-log.entity.js';
import { applyPatch, type Snapshot } from './audited-change.js';

export interface AuditEntry {
  /** Null when the system acts on its own. An entity or a plain row (the viewer's account): only its id, name and e-mail are read. */
  actor: Pick<Account, 'id' | 'name' | 'email'> | null;
  company: { id: string } | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export interface StaffChange {
  action: string;
  targetType: string;
  targetId: string;
  before?: Snapshot | null;
  after?: Snapshot | null;
}

/**
 * While a change whose impact on customers is measured runs (visibility/impact/impact.middleware.ts),
 * its audit entries wait here: they are written once the impact is known, with it, in the same
 * transaction (the log is append-only, so they cannot be completed afterwards).
 */
export const heldAuditEntries = new AsyncLocalStorage<{ entries: HeldEntry[] }>();

/** An audit entry not written yet: plain values (it may be written by another EntityManager of the transaction). */
interface HeldEntry {
  actorId: string | null;
  actorLabel: string;
  companyId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  at: Date;
}

const entityOf = (em: EntityManager, held: HeldEntry, impact: unknown = null) => em.create(AuditLog, {
  actor: held.actorId ? em.getReference(Account, held.actorId) : null,
  actorLabel: held.actorLabel,
  company: held.companyId ? em.getReference(Company, held.companyId) : null,
  action: held.action, targetType: held.targetType, targetId: held.targetId, before: held.before, after: held.after, ip: held.ip, at: held.at, impact,
});

/** R-OPS-2: appends to the audit log inside the caller's unit of work (same transaction). */
export class AuditService {
  constructor(private readonly clock: Clock) {}

  record(em: EntityManager, entry: AuditEntry, at: Date = this.clock.now()): void {
    const held: HeldEntry = {
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : 'Sistema',
      companyId: entry.company?.id ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: entry.ip ?? null,
      at,
    };
    const holding = heldAuditEntries.getStore();
    if (holding) holding.entries.push(held);
    else em.persist(entityOf(em, held));
  }

  /** Writes the entries held while a change's impact was measured, each with that impact. */
  writeHeld(em: EntityManager, entries: readonly HeldEntry[], impact: unknown): void {
    for (const held of entries) em.persist(entityOf(em, held, impact));
  }

  /** R-SET-2: a staff member's change, with before and after values, in the caller's transaction. */
  staffChange(em: EntityManager, staff: StaffViewer, entry: StaffChange): void {
    this.record(em, { actor: staff.account, company: staff.account.company, ip: staff.ip, ...entry });
  }

  /**
   * Creates or updates a configuration record with `patch`, auditing the change with before and
   * after (R-SET-2), in one transaction on one connection: `load` reads the record inside it
   * (locked, so concurrent changes serialise; NOT_FOUND when out of scope), `create` makes a new one.
   */
  async save<T extends { id: string }>(
    em: EntityManager,
    staff: StaffViewer,
    entity: { new (...args: never[]): T; name: string },
    options: { load?: (tx: EntityManager) => Promise<T>; create?: (tx: EntityManager) => T; patch: Partial<T> | ((entity: T) => Partial<T>) },
  ): Promise<T> {
    const targetType = entity.name;
    return em.transactional(async (tx) => {
      const existing = options.load ? await options.load(tx) : null;
      const record = existing ?? options.create!(tx);
      const { before, after } = applyPatch(record, typeof options.patch === 'function' ? options.patch(record) : options.patch);
      tx.persist(record);
      if (existing && Object.keys(after).length === 0) return record;
      this.staffChange(tx, staff, {
        action: `${targetType}.${existing ? 'update' : 'create'}`,
        targetType,
        targetId: record.id,
        before: existing ? before : null,
        after,
      });
      return record;
    });
  }
}
