import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../domain-errors.js';
import { dateTimeText } from '../../pt-br.js';
import type { AuditService } from '../audit/audit.service.js';
import { Account } from '../auth/account.entity.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { execute } from '../visibility/sql.js';
import { ApiToken } from './api-token.entity.js';
import type { ErpKind } from './erp-kind.js';
import type { IntegrationCaller } from './integration-caller.js';
import { SyncRunError } from './sync-run-error.entity.js';
import { SyncRun, SyncRunStatus } from './sync-run.entity.js';
import type { UpsertResult, UpsertRowError } from './upsert/upsert-result.js';

/** The most refused rows a run keeps (a batch of 5,000 bad rows says enough with the first ones). */
const KEPT_ERRORS_PER_BATCH = 500;

/**
 * R-SYNC-4, "Sincronização das Bases": the ERP (or an ADMIN) opens a run, sends its batches into
 * it and closes it. One RUNNING run per company at a time — a unique index in the database, so
 * the lock outlives a crashed process; an ADMIN unlocks a run that stopped answering (audited).
 */
export class SyncRunService {
  constructor(private readonly deps: { clock: Clock; audit: AuditService }) {}

  async open(em: EntityManager, caller: IntegrationCaller, note?: string | null): Promise<SyncRun> {
    const text = note?.trim() || null;
    if (text && text.length > 200) throw new BadInputError('note', 'A observação deve ter no máximo 200 caracteres.');
    const now = this.deps.clock.now();
    try {
      return await em.transactional(async (tx) => {
        const run = tx.create(SyncRun, {
          company: caller.companyId, status: SyncRunStatus.RUNNING, note: text, startedAt: now, lastActivityAt: now,
          startedByToken: caller.token ? tx.getReference(ApiToken, caller.token.id) : null,
          startedByAccount: caller.staff ? tx.getReference(Account, caller.staff.account.id) : null,
        });
        if (caller.staff) this.deps.audit.staffChange(tx, caller.staff, { action: 'syncRun.open', targetType: 'SyncRun', targetId: run.id, after: { note: text } });
        await tx.flush();
        return run;
      });
    } catch (err) {
      if (!String((err as Error).message).includes('sync_run_one_running_per_company')) throw err;
      const [running] = await execute<{ id: string; started_at: string; last_activity_at: string; by_this_token: boolean }>(em,
        `select id, started_at, last_activity_at, coalesce(started_by_token_id = cast(? as uuid), false) as by_this_token from sync_run where company_id = ? and status = 'RUNNING'`,
        [caller.token?.id ?? null, caller.companyId]);
      throw new ConflictError(
        running
          ? `Já há uma sincronização em andamento (começou em ${dateTimeText(new Date(running.started_at))}, último lote em ${dateTimeText(new Date(running.last_activity_at))}): feche-a antes, ou peça a um administrador que a destrave se ela parou.`
          : 'Já há uma sincronização em andamento: feche-a antes.',
        // The running run's id: an ERP whose openSyncRun answer was lost finds its own run here
        // (byThisToken) and goes on with it instead of waiting for an unlock.
        running ? { reason: 'SYNC_RUNNING', runId: running.id, byThisToken: running.by_this_token } : { reason: 'SYNC_RUNNING' },
      );
    }
  }

  /** Closes a running run as SUCCEEDED or FAILED. */
  async close(em: EntityManager, caller: IntegrationCaller, id: string, status: SyncRunStatus): Promise<SyncRun> {
    if (status !== SyncRunStatus.SUCCEEDED && status !== SyncRunStatus.FAILED) throw new BadInputError('status', 'Feche a sincronização como concluída (SUCCEEDED) ou com falha (FAILED).');
    return em.transactional(async (tx) => {
      const run = await this.ofCompany(tx, caller.companyId, id, true);
      if (run.status !== SyncRunStatus.RUNNING) throw new ConflictError('Esta sincronização já foi encerrada.', { status: run.status });
      run.status = status;
      run.finishedAt = this.deps.clock.now();
      run.lastActivityAt = run.finishedAt;
      if (caller.staff) this.deps.audit.staffChange(tx, caller.staff, { action: 'syncRun.close', targetType: 'SyncRun', targetId: run.id, after: { status } });
      return run;
    });
  }

  /** R-SYNC-4: an ADMIN frees the company from a run whose process stopped answering. */
  async unlock(em: EntityManager, staff: StaffViewer, id: string): Promise<SyncRun> {
    return em.transactional(async (tx) => {
      const run = await getInScope(tx, staff, SyncRun, id, LOCKED_WRITE);
      if (run.status !== SyncRunStatus.RUNNING) throw new ConflictError('Esta sincronização não está em andamento: não há o que destravar.', { status: run.status });
      run.status = SyncRunStatus.ABANDONED;
      run.finishedAt = this.deps.clock.now();
      this.deps.audit.staffChange(tx, staff, {
        action: 'syncRun.unlock', targetType: 'SyncRun', targetId: run.id,
        before: { status: SyncRunStatus.RUNNING, lastActivityAt: run.lastActivityAt.toISOString() }, after: { status: SyncRunStatus.ABANDONED },
      });
      return run;
    });
  }

  /** A batch names a run: it must be this company's, and running. */
  async assertRunning(tx: EntityManager, caller: IntegrationCaller, id: string): Promise<void> {
    const run = await this.ofCompany(tx, caller.companyId, id, false, 'runId');
    if (run.status !== SyncRunStatus.RUNNING) throw new BadInputError('runId', 'Esta sincronização já foi encerrada: abra outra para enviar lotes.');
  }

  /** An applied batch adds its counts to its run. */
  async count(tx: EntityManager, runId: string, result: UpsertResult): Promise<void> {
    await execute(tx, `update sync_run set batches = batches + 1, inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?, last_activity_at = ? where id = ?`,
      [result.inserted, result.updated, result.unchanged, this.deps.clock.now(), runId]);
  }

  /** A refused batch leaves its rows' errors in its run (its own transaction: the batch itself wrote nothing). */
  async refused(em: EntityManager, caller: IntegrationCaller, runId: string, kind: ErpKind, errors: UpsertRowError[], rows: unknown[]): Promise<void> {
    await em.transactional(async (tx) => {
      const run = await this.ofCompany(tx, caller.companyId, runId, true).catch(() => null);
      if (!run || run.status !== SyncRunStatus.RUNNING) return;
      const now = this.deps.clock.now();
      // Errors come in row order (they are sorted by row): one millisecond apart, the run's list
      // (ordered by time) keeps that order across pages.
      errors.slice(0, KEPT_ERRORS_PER_BATCH).forEach((e, i) => {
        tx.create(SyncRunError, { run, kind, rowIndex: e.index, erpCode: e.erpCode, field: e.field, code: e.code, message: e.message, row: (rows[e.index] ?? {}) as Record<string, unknown>, at: new Date(now.getTime() + i) });
      });
      run.batches += 1;
      run.failedRows += new Set(errors.map((e) => e.index)).size;
      run.lastActivityAt = now;
    });
  }

  private async ofCompany(tx: EntityManager, companyId: string, id: string, lock: boolean, field?: string): Promise<SyncRun> {
    const run = await tx.findOne(SyncRun, { id, company: companyId }, lock ? LOCKED_WRITE : {});
    if (!run) {
      if (field) throw new BadInputError(field, 'Sincronização não encontrada nesta empresa.');
      throw new NotFoundError('Sincronização');
    }
    return run;
  }
}
