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

/** R-OPS-2: appends to the audit log inside the caller's unit of work (same transaction). */
export class AuditService {
  constructor(private readonly clock: Clock) {}

  record(em: EntityManager, entry: AuditEntry, at: Date = this.clock.now()): AuditLog {
    const log = em.create(AuditLog, {
      actor: entry.actor ? em.getReference(Account, entry.actor.id) : null,
      actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : 'Sistema',
      company: entry.company ? em.getReference(Company, entry.company.id) : null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: entry.ip ?? null,
      at,
    });
    em.persist(log);
    return log;
  }

  /** R-SET-2: a staff member's change, with before and after values, in the caller's transaction. */
  staffChange(em: EntityManager, staff: StaffViewer, entry: StaffChange): AuditLog {
    return this.record(em, { actor: staff.account, company: staff.account.company, ip: staff.ip, ...entry });
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
