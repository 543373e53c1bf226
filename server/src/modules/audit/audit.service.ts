import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../auth/account.entity.js';
import type { Company } from '../company/company.entity.js';
import { AuditLog } from './audit-log.entity.js';

export interface AuditEntry {
  /** Null when the system acts on its own. */
  actor: Account | null;
  company: Company | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** R-OPS-2: appends to the audit log inside the caller's unit of work (same transaction). */
export class AuditService {
  record(em: EntityManager, entry: AuditEntry, at: Date): AuditLog {
    const log = em.create(AuditLog, {
      actor: entry.actor,
      actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : 'Sistema',
      company: entry.company,
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
}
