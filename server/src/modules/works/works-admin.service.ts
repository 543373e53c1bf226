import type { NotificationService } from '../notifications/notification.service.js';
import { NoticeEvent } from '../notifications/notice-events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError } from '../../domain-errors.js';
import { applyPatch } from '../audit/audited-change.js';
import type { AuditService } from '../audit/audit.service.js';
import { Account } from '../auth/account.entity.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind, StoredFile } from '../files/stored-file.entity.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { ScheduleTask } from './schedule-task.entity.js';
import { WorkLogEntry, type LabourLine } from './work-log-entry.entity.js';
import { WorkLogStatus } from './work-log.enums.js';
import { STATUS_NAMES } from './works.rules.js';
import type { SaveScheduleTaskInput, SaveWorkLogEntryInput } from './works.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date typed as aaaa-mm-dd that exists (no 31/02). */
export function validDate(value: string | null | undefined, field: string, label: string): string {
  const text = (value ?? '').trim();
  const parsed = DATE.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) throw new BadInputError(field, `${label}: informe uma data válida (dd/mm/aaaa).`);
  return text;
}

function labourOf(lines: readonly { role: string; headcount: number }[]): LabourLine[] {
  if (lines.length > 50) throw new BadInputError('labour', 'Mão de obra: no máximo 50 funções.');
  return lines.map((line, i) => {
    const role = line.role.trim();
    if (!role || role.length > 100) throw new BadInputError('labour', `Mão de obra, linha ${i + 1}: informe a função (até 100 caracteres).`);
    if (!Number.isInteger(line.headcount) || line.headcount < 0 || line.headcount > 10_000) throw new BadInputError('labour', `Mão de obra, linha ${i + 1}: a quantidade de pessoas vai de 0 a 10.000.`);
    return { role, headcount: line.headcount };
  });
}

/** R-WORK-1: the review path of an entry. */
const NEXT: Record<WorkLogStatus, WorkLogStatus[]> = {
  DRAFT: [WorkLogStatus.IN_REVIEW],
  IN_REVIEW: [WorkLogStatus.APPROVED, WorkLogStatus.REJECTED, WorkLogStatus.DRAFT],
  // An approved entry can be withdrawn (rejected): customers stop seeing it and its files at once.
  APPROVED: [WorkLogStatus.REJECTED],
  REJECTED: [WorkLogStatus.DRAFT],
};

function assertVersion(current: number, sent: number | null | undefined, what: string): void {
  if (sent === null || sent === undefined) throw new BadInputError('version', `Informe a versão ${what} que você leu.`);
  if (sent !== current) throw new ConflictError(`Outra pessoa mudou ${what} enquanto você editava: recarregue e refaça a alteração.`, { field: 'version' });
}

/**
 * SPEC §9 for staff: writing and reviewing the work log, entering the schedule's tasks. Every
 * change in one transaction, within the one staff scope (R-OPS-4), audited, and checked against
 * the version read (no lost update).
 */
export class WorksAdminService {
  constructor(private readonly deps: { audit: AuditService; files: FileService; now: () => Date; notifications?: NotificationService }) {}

  async saveEntry(em: EntityManager, staff: StaffViewer, input: SaveWorkLogEntryInput): Promise<{ id: string; discarded: string[] }> {
    const date = validDate(input.date, 'date', 'Data');
    const occurrences = input.occurrences.trim();
    if (occurrences.length > 10_000) throw new BadInputError('occurrences', 'Ocorrências: no máximo 10.000 caracteres.');
    const labour = labourOf(input.labour);
    return em.transactional(async (tx) => {
      const development = await getInScope(tx, staff, Development, input.developmentId);
      let block: Block | null = null;
      if (input.blockId) {
        block = await tx.findOne(Block, { id: input.blockId, development });
        if (!block) throw new BadInputError('blockId', 'A torre escolhida não é deste empreendimento.');
      }
      let entry: WorkLogEntry;
      const patch = { development, block, date, weather: input.weather ?? null, occurrences, labour };
      if (input.id) {
        entry = await getInScope(tx, staff, WorkLogEntry, input.id, LOCKED_WRITE);
        assertVersion(entry.version, input.version, 'do registro');
        if (entry.status === WorkLogStatus.APPROVED) {
          throw new BadInputError('id', 'Um registro aprovado não é editado: reprove-o antes (o cliente deixa de vê-lo), edite e envie de novo para análise.');
        }
        const { before, after } = applyPatch(entry, { ...patch, ...(entry.status === WorkLogStatus.REJECTED ? { status: WorkLogStatus.DRAFT } : {}) });
        const filesChanged = input.photoIds.length + input.attachmentIds.length + input.removeFileIds.length > 0;
        if (Object.keys(after).length || filesChanged) {
          entry.version += 1;
          entry.updatedAt = this.deps.now();
          this.deps.audit.staffChange(tx, staff, { action: 'workLog.update', targetType: 'WorkLogEntry', targetId: entry.id, before: { ...before }, after: { ...after, photosAdded: input.photoIds.length, attachmentsAdded: input.attachmentIds.length, filesRemoved: input.removeFileIds.length } });
        }
      } else {
        entry = tx.create(WorkLogEntry, { ...patch, createdBy: tx.getReference(Account, staff.account.id), createdAt: this.deps.now(), updatedAt: this.deps.now() });
        this.deps.audit.staffChange(tx, staff, { action: 'workLog.create', targetType: 'WorkLogEntry', targetId: entry.id, after: { date, developmentId: development.id, blockId: block?.id ?? null } });
      }
      for (const id of input.photoIds) await this.deps.files.attach(tx, staff, id, FileOwnerKind.WORK_LOG_PHOTO, entry.id);
      for (const id of input.attachmentIds) await this.deps.files.attach(tx, staff, id, FileOwnerKind.WORK_LOG_ATTACHMENT, entry.id);
      let discarded: string[] = [];
      if (input.removeFileIds.length) {
        const files = await tx.find(StoredFile, { id: { $in: input.removeFileIds }, ownerId: entry.id, ownerKind: { $in: [FileOwnerKind.WORK_LOG_PHOTO, FileOwnerKind.WORK_LOG_ATTACHMENT] } });
        if (files.length !== new Set(input.removeFileIds).size) throw new BadInputError('removeFileIds', 'Algum arquivo a retirar não é deste registro: recarregue a página.');
        discarded = this.deps.files.detach(tx, files);
      }
      return { id: entry.id, discarded };
    });
  }

  async setStatus(em: EntityManager, staff: StaffViewer, id: string, status: WorkLogStatus, note: string | null | undefined, version: number): Promise<string> {
    const reason = note?.trim() || null;
    if (status === WorkLogStatus.REJECTED && !reason) throw new BadInputError('note', 'Diga por que o registro foi reprovado: quem o escreveu lê o motivo.');
    if (reason && reason.length > 2000) throw new BadInputError('note', 'Motivo: no máximo 2.000 caracteres.');
    return em.transactional(async (tx) => {
      const entry = await getInScope(tx, staff, WorkLogEntry, id, LOCKED_WRITE);
      assertVersion(entry.version, version, 'do registro');
      if (entry.status === status) return entry.id;
      if (!NEXT[entry.status].includes(status)) {
        throw new BadInputError('status', `Um registro "${STATUS_NAMES[entry.status].pt}" não passa para "${STATUS_NAMES[status].pt}".`);
      }
      const reviewed = status === WorkLogStatus.APPROVED || status === WorkLogStatus.REJECTED;
      const { before, after } = applyPatch(entry, {
        status, reviewNote: status === WorkLogStatus.REJECTED ? reason : status === WorkLogStatus.APPROVED ? null : entry.reviewNote,
        ...(reviewed ? { reviewedAt: this.deps.now(), reviewedBy: tx.getReference(Account, staff.account.id) } : {}),
      });
      entry.version += 1;
      entry.updatedAt = this.deps.now();
      this.deps.audit.staffChange(tx, staff, { action: 'workLog.status', targetType: 'WorkLogEntry', targetId: entry.id, before: { status: before.status }, after: { status: after.status, reviewNote: entry.reviewNote ?? null } });
      // R-NOTIFY-4: an approved entry is told to the customers who see it and asked for these notices.
      if (status === WorkLogStatus.APPROVED) await this.deps.notifications?.event(tx, staff.companyId, NoticeEvent.WORK_LOG_PUBLISHED, entry.id);
      return entry.id;
    });
  }

  async deleteEntry(em: EntityManager, staff: StaffViewer, id: string): Promise<string[]> {
    return em.transactional(async (tx) => {
      const entry = await getInScope(tx, staff, WorkLogEntry, id, LOCKED_WRITE);
      if (entry.status === WorkLogStatus.APPROVED) throw new BadInputError('id', 'Um registro aprovado não é excluído: reprove-o antes, se ele não deve aparecer ao cliente.');
      const files = await tx.find(StoredFile, { ownerId: entry.id, ownerKind: { $in: [FileOwnerKind.WORK_LOG_PHOTO, FileOwnerKind.WORK_LOG_ATTACHMENT] } });
      const discarded = this.deps.files.detach(tx, files);
      this.deps.audit.staffChange(tx, staff, { action: 'workLog.delete', targetType: 'WorkLogEntry', targetId: entry.id, before: { date: entry.date, status: entry.status } });
      tx.remove(entry);
      return discarded;
    });
  }

  async saveTask(em: EntityManager, staff: StaffViewer, input: SaveScheduleTaskInput): Promise<string> {
    const name = input.name.trim();
    if (!name || name.length > 120) throw new BadInputError('name', 'Informe o nome da etapa (até 120 caracteres).');
    const plannedStart = validDate(input.plannedStart, 'plannedStart', 'Início previsto');
    const plannedEnd = validDate(input.plannedEnd, 'plannedEnd', 'Término previsto');
    if (plannedEnd < plannedStart) throw new BadInputError('plannedEnd', 'O término previsto vem antes do início previsto.');
    const actualStart = input.actualStart ? validDate(input.actualStart, 'actualStart', 'Início real') : null;
    const actualEnd = input.actualEnd ? validDate(input.actualEnd, 'actualEnd', 'Término real') : null;
    if (actualEnd && !actualStart) throw new BadInputError('actualStart', 'Informe o início real de uma etapa concluída.');
    if (actualEnd && actualStart && actualEnd < actualStart) throw new BadInputError('actualEnd', 'O término real vem antes do início real.');
    if (!Number.isInteger(input.weight) || input.weight < 1 || input.weight > 1000) throw new BadInputError('weight', 'O peso vai de 1 a 1.000.');
    if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) throw new BadInputError('progress', 'O progresso vai de 0 a 100%.');
    const fields = { name, plannedStart, plannedEnd, actualStart, actualEnd, weight: input.weight, progress: actualEnd ? 100 : input.progress };
    return em.transactional(async (tx) => {
      const development = await getInScope(tx, staff, Development, input.developmentId, input.id ? {} : LOCKED_WRITE);
      if (input.id) {
        const task = await getInScope(tx, staff, ScheduleTask, input.id, LOCKED_WRITE);
        if (task.development.id !== development.id) throw new BadInputError('developmentId', 'A etapa é de outro empreendimento.');
        assertVersion(task.version, input.version, 'da etapa');
        const { before, after } = applyPatch(task, { ...fields, ...(input.position != null ? { position: input.position } : {}) });
        if (Object.keys(after).length) {
          task.version += 1;
          task.updatedAt = this.deps.now();
          this.deps.audit.staffChange(tx, staff, { action: 'schedule.task.update', targetType: 'ScheduleTask', targetId: task.id, before, after });
        }
        return task.id;
      }
      const last = await tx.findOne(ScheduleTask, { development }, { orderBy: { position: 'desc' } });
      const task = tx.create(ScheduleTask, { development, ...fields, position: input.position ?? (last ? last.position + 1 : 0), createdAt: this.deps.now(), updatedAt: this.deps.now() });
      this.deps.audit.staffChange(tx, staff, { action: 'schedule.task.create', targetType: 'ScheduleTask', targetId: task.id, after: { ...fields } });
      return task.id;
    });
  }

  async deleteTask(em: EntityManager, staff: StaffViewer, id: string): Promise<string> {
    return em.transactional(async (tx) => {
      const task = await getInScope(tx, staff, ScheduleTask, id, LOCKED_WRITE);
      this.deps.audit.staffChange(tx, staff, { action: 'schedule.task.delete', targetType: 'ScheduleTask', targetId: task.id, before: { name: task.name, plannedStart: task.plannedStart, plannedEnd: task.plannedEnd } });
      tx.remove(task);
      return task.development.id;
    });
  }
}
