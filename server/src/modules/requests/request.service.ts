import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationService } from '../notifications/notification.service.js';
import { NoticeEvent } from '../notifications/notice-events.js';
import type { Clock } from '../../clock.js';
import { BadInputError, ConflictError, FeatureDisabledError, NotFoundError } from '../../domain-errors.js';
import { decodeCursor, encodeCursor, toConnection, afterCursor } from '../../graphql/connection.js';
import type { PubSub } from '@graphql-yoga/subscription';
import type { Events } from '../../graphql/pubsub.js';
import type { AuditService } from '../audit/audit.service.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind } from '../files/stored-file.entity.js';
import { ForbiddenError } from '../../domain-errors.js';
import { RequestMessage, MessageAuthorKind, MessageVisibility } from './request-message.entity.js';
import { Workflow } from './workflow.entity.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { unitCandidatesSql } from '../developments/unit.rules.js';
import { visibleUnits } from '../developments/unit.service.js';
import { CommonArea } from '../developments/common-area.entity.js';
import { Development } from '../developments/development.entity.js';
import { Location } from '../developments/location.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { visibleCommonAreas } from '../syndics/syndic.service.js';
import type { ViewerScope } from '../visibility/rule.js';
import { findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { actorOf, type StaffViewer } from '../scope/staff-viewer.js';
import { allOf, execute, query, scopeParams } from '../visibility/sql.js';
import { requestSelect, requestsOfRows } from './request-rows.js';
import { RequestKind } from './request-kind.js';
import { assertRequestMenuOn } from './request-menu.js';
import { RequestStatusChange } from './request-status-change.entity.js';
import { Request } from './request.entity.js';
import { customerRequestIdsSql, customerRequestRules, syndicRequestRules } from './request.rules.js';
import { RequestTarget, subjectAppliesTo, TARGET_NAMES } from './subject-target.js';
import { Subsubject } from './subsubject.entity.js';
import { WorkflowStatus } from './workflow-status.entity.js';

export interface PortalRequestFilter {
  kind?: RequestKind | null;
  /** true: only open; false: only finished; null: both. */
  open?: boolean | null;
  unitIds?: string[] | null;
  requestIds?: string[] | null;
  first?: number;
  after?: { at: Date; id: string } | null;
}

/** The rules that apply to this portal user: customers and syndics see requests differently (R-REQ-7, R-REQ-8). */
export const rulesFor = (scope: ViewerScope) => (scope.syndicId ? syndicRequestRules : customerRequestRules);

/**
 * SPEC §5 for lists: the requests a customer or syndic sees, filtered in SQL, newest first. Plain
 * rows, each with its status and subsubject read in the same statement (`request.status`,
 * `request.subsubject` are whole), so a list that names them needs no other query.
 */
export async function visibleRequests(em: EntityManager, scope: ViewerScope, filter: PortalRequestFilter = {}): Promise<Request[]> {
  const candidates = scope.syndicId ? 'rq.opened_by_id = :account' : `rq.id in ${customerRequestIdsSql}`;
  const rows = await query<Record<string, unknown>>(
    em,
    `${requestSelect(em)}
      where ${candidates}
        ${filter.kind ? 'and rq.kind = :kind' : ''}
        ${filter.open === true ? 'and rq.finished_at is null' : filter.open === false ? 'and rq.finished_at is not null' : ''}
        ${filter.unitIds ? 'and rq.unit_id = any(cast(:unitIds as uuid[]))' : ''}
        ${filter.requestIds ? 'and rq.id = any(cast(:requestIds as uuid[]))' : ''}
        ${filter.after ? 'and (rq.created_at, rq.id) < (:afterAt, :afterId)' : ''}
        and ${allOf(rulesFor(scope))}
      order by rq.created_at desc, rq.id desc
      ${filter.first ? `limit ${Number(filter.first) + 1}` : ''}`,
    {
      ...scopeParams(scope),
      kind: filter.kind ?? null,
      unitIds: filter.unitIds ?? [],
      requestIds: filter.requestIds ?? [],
      afterAt: filter.after?.at ?? null,
      afterId: filter.after?.id ?? null,
    },
  );
  return requestsOfRows(em, rows);
}

export const requestCursor = (r: Request) => encodeCursor(r.createdAt, r.id);

export interface OpenRequestInput {
  kind: RequestKind;
  unitId?: string | null;
  commonAreaId?: string | null;
  subsubjectId: string;
  locationId?: string | null;
  description: string;
  /** Photos uploaded (POST /files, REQUEST_PHOTO) by the opener, attached to the request. */
  photoIds?: string[] | null;
}

/** At most this many photos go with one request or one message. */
export const MAX_PHOTOS = 10;

export interface ReplyInput {
  requestId: string;
  body: string;
  /** Staff only: INTERNAL is a note the customer never sees. Portal users always write PUBLIC. */
  visibility?: MessageVisibility | null;
  photoIds?: string[] | null;
}

/** Who writes in a conversation: a portal user seeing through their scope, or a member of staff. */
export type Author = { kind: 'portal'; account: Pick<Account, 'id' | 'kind' | 'name' | 'email'> & { company: { id: string } }; scope: ViewerScope } | { kind: 'staff'; staff: StaffViewer };

export interface StaffRequestFilter {
  developmentId?: string | null;
  statusId?: string | null;
  kind?: RequestKind | null;
  open?: boolean | null;
  from?: Date | null;
  to?: Date | null;
  customerId?: string | null;
}

/** Opening requests and moving them through their workflow (R-REQ-1, -3, -4, -8, -9). */
export class RequestService {
  constructor(private readonly deps: { clock: Clock; pubsub: PubSub<Events>; audit: AuditService; files: FileService; notifications: NotificationService }) {}

  /** R-REQ-1, R-REQ-3, R-REQ-8: a customer or syndic (`account`, seeing through `scope`) opens a request through the portal. */
  async open(em: EntityManager, account: Pick<Account, 'id' | 'kind'>, scope: ViewerScope, input: OpenRequestInput): Promise<Request> {
    const portal = await em.findOneOrFail(Portal, { id: scope.portalId });
    const photoIds = photoIdsOf(input.photoIds);
    const description = input.description.trim();
    if (description === '') throw new BadInputError('description', 'Descreva o que você precisa.');
    if (description.length > 4000) throw new BadInputError('description', 'A descrição deve ter no máximo 4000 caracteres.');

    let unit: Unit | null = null;
    let commonArea: CommonArea | null = null;
    let development: Development;
    if (account.kind === AccountKind.SYNDIC) {
      if (!portal.showSyndicAccess) throw new FeatureDisabledError('showSyndicAccess', 'O acesso do síndico está desativado neste portal.');
      if (!input.commonAreaId) throw new BadInputError('commonAreaId', 'O síndico abre pedidos para áreas comuns: escolha uma.');
      // R-REQ-8: only the common areas the syndic sees (those of their development, through this portal).
      [commonArea] = (await visibleCommonAreas(em, scope, [input.commonAreaId])) as [CommonArea?] as CommonArea[];
      if (!commonArea) throw new BadInputError('commonAreaId', 'Área comum não encontrada no seu empreendimento.');
      development = await em.findOneOrFail(Development, { id: commonArea.development.id });
    } else if (input.commonAreaId) {
      if (input.kind !== RequestKind.ASSISTANCE) throw new BadInputError('commonAreaId', 'Só assistências podem ser abertas para uma área comum.');
      if (!portal.showCommonArea) throw new FeatureDisabledError('showCommonArea', 'Abrir assistência para área comum está desativado neste portal.');
      commonArea = await em.findOne(CommonArea, { id: input.commonAreaId }, { populate: ['development'] });
      // Only common areas of developments where the customer sees a unit.
      const units = commonArea ? await visibleUnits(em, scope) : [];
      if (!commonArea || !units.some((u) => u.development.id === commonArea!.development.id)) throw new NotFoundError('Área comum');
      development = commonArea.development;
    } else {
      if (!input.unitId) throw new BadInputError('unitId', 'Escolha a unidade.');
      [unit] = (await visibleUnits(em, scope, [input.unitId])) as [Unit?] as Unit[];
      if (!unit) throw new NotFoundError('Unidade');
      development = await em.findOneOrFail(Development, { id: unit.development.id });
    }

    // R-REQ-1: the development's permission and the portal's menu, both.
    assertRequestMenuOn(portal, input.kind);
    if (input.kind === RequestKind.SERVICE) {
      if (!development.allowServiceRequests) {
        throw new FeatureDisabledError('allowServiceRequests', `O empreendimento "${development.name}" não permite abrir atendimentos pelo portal.`);
      }
    } else {
      if (!development.allowAssistanceRequests) {
        throw new FeatureDisabledError('allowAssistanceRequests', `O empreendimento "${development.name}" não permite abrir assistências pelo portal.`);
      }
    }

    let location: Location | null = null;
    if (input.locationId) {
      if (input.kind !== RequestKind.ASSISTANCE || !unit) throw new BadInputError('locationId', 'A localidade é escolhida em assistências de uma unidade.');
      if (!portal.showLocation) throw new FeatureDisabledError('showLocation', 'Escolher a localidade está desativado neste portal.');
      location = await em.findOne(Location, { id: input.locationId, development });
      if (!location) throw new BadInputError('locationId', 'Localidade não encontrada neste empreendimento.');
    }

    const subsubject = await em.findOne(
      Subsubject,
      { id: input.subsubjectId, active: true, subject: { active: true, kind: input.kind, company: portal.company } },
      { populate: ['subject'] },
    );
    if (!subsubject) throw new BadInputError('subsubjectId', 'Escolha um assunto válido para este tipo de pedido.');
    // R-REQ-8, R-REQ-3: a subject is for units, common areas or both.
    const target = commonArea ? RequestTarget.COMMON_AREA : RequestTarget.UNIT;
    if (!subjectAppliesTo(subsubject.subject, target)) {
      throw new BadInputError('subsubjectId', `O assunto "${subsubject.subject.name}" não se aplica a ${TARGET_NAMES[target]}: escolha outro assunto.`);
    }
    const initial = await this.initialStatus(em, portal.company.id, input.kind);

    const now = this.deps.clock.now();
    const request = await em.transactional(async (tx) => {
      const [{ request_seq: number }] = await execute<{ request_seq: number }>(
        tx,
        `update company set request_seq = request_seq + 1 where id = ? returning request_seq`,
        [portal.company.id],
      );
      const opener = tx.getReference(Account, account.id);
      const request = tx.create(Request, {
        company: portal.company, number: number!, kind: input.kind, development, unit: unit ? tx.getReference(Unit, unit.id) : null, commonArea, location,
        subject: subsubject.subject, subsubject, status: initial, openedBy: opener, description, createdAt: now, updatedAt: now,
      });
      tx.create(RequestStatusChange, { request, toStatus: initial, changedBy: opener, at: now });
      await tx.flush();
      for (const id of photoIds) await this.deps.files.attachOwn(tx, account.id, id, FileOwnerKind.REQUEST_PHOTO, request.id, 'photoIds');
      return request;
    });
    this.announce(request);
    return request;
  }

  /**
   * A message in a request's conversation: a portal user who sees the request replies (PUBLIC,
   * while it is open), or staff within their scope reply publicly or write an internal note. Photos
   * the author uploaded go with it. Announced live: a public message to everyone who sees the
   * request, an internal note to staff only (R-REQ-9).
   */
  async reply(em: EntityManager, author: Author, input: ReplyInput): Promise<RequestMessage> {
    const body = input.body.trim();
    if (body === '') throw new BadInputError('body', 'Escreva a mensagem.');
    if (body.length > 4000) throw new BadInputError('body', 'A mensagem deve ter no máximo 4000 caracteres.');
    const photoIds = photoIdsOf(input.photoIds);
    const visibility = author.kind === 'staff' ? (input.visibility ?? MessageVisibility.PUBLIC) : MessageVisibility.PUBLIC;
    if (author.kind === 'portal' && input.visibility === MessageVisibility.INTERNAL) {
      throw new BadInputError('visibility', 'Notas internas são escritas só pela equipe.');
    }
    if (author.kind === 'portal') await this.visibleOrNotFound(em, author.scope, input.requestId);
    const { request, message } = await em.transactional(async (tx) => {
      const request = author.kind === 'staff'
        ? await getInScope(tx, author.staff, Request, input.requestId, LOCKED_WRITE)
        : await tx.findOneOrFail(Request, { id: input.requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (author.kind === 'portal' && request.finishedAt) {
        throw new ConflictError('Este pedido já foi encerrado: para continuar, abra um novo pedido.');
      }
      const accountId = author.kind === 'staff' ? author.staff.account.id : author.account.id;
      const authorKind = author.kind === 'staff' ? MessageAuthorKind.STAFF : author.account.kind === AccountKind.SYNDIC ? MessageAuthorKind.SYNDIC : MessageAuthorKind.CUSTOMER;
      const now = this.deps.clock.now();
      const message = tx.create(RequestMessage, { request, author: tx.getReference(Account, accountId), authorKind, body, visibility, createdAt: now });
      request.updatedAt = now;
      await tx.flush();
      for (const id of photoIds) await this.deps.files.attachOwn(tx, accountId, id, FileOwnerKind.REQUEST_PHOTO, message.id, 'photoIds');
      // R-NOTIFY-4: a staff member's public reply reaches the customer (the worker decides who sees it).
      if (authorKind === MessageAuthorKind.STAFF && visibility === MessageVisibility.PUBLIC) await this.deps.notifications.event(tx, request.company.id, NoticeEvent.REQUEST_REPLY, message.id);
      return { request, message };
    });
    this.announce(request, visibility === MessageVisibility.INTERNAL);
    return message;
  }

  /**
   * The customer gives up on a request still open: its opener (or the holder of its unit) moves it
   * to its workflow's cancellation status — a final status (finishedAt is set, as any final status
   * sets it), made the first time it is needed ("Cancelado pelo cliente") when the company has not
   * configured one. Kept in the history with the reason, audited, announced live.
   */
  async cancel(em: EntityManager, account: Pick<Account, 'id' | 'name' | 'email'> & { company: { id: string } }, scope: ViewerScope, input: { requestId: string; reason?: string | null }): Promise<Request> {
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > 2000) throw new BadInputError('reason', 'O motivo deve ter no máximo 2000 caracteres.');
    await this.visibleOrNotFound(em, scope, input.requestId);
    const request = await em.transactional(async (tx) => {
      const request = await tx.findOneOrFail(Request, { id: input.requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['status'] });
      if (!(await this.isOpenerOrHolder(tx, request, account.id, scope.customerId))) {
        throw new ForbiddenError('Só quem abriu o pedido (ou o titular da unidade) pode cancelá-lo.');
      }
      if (request.finishedAt) throw new ConflictError(`Este pedido já está encerrado ("${request.status.name}"): não há o que cancelar.`);
      const status = await this.cancellationStatus(tx, request.status.workflow.id);
      const now = this.deps.clock.now();
      const from = request.status;
      request.status = status;
      request.finishedAt = now;
      request.updatedAt = now;
      tx.create(RequestStatusChange, { request, fromStatus: from, toStatus: status, changedBy: tx.getReference(Account, account.id), comment: reason, at: now });
      this.deps.audit.record(tx, {
        actor: account, company: account.company, action: 'request.cancel', targetType: 'Request', targetId: request.id,
        before: { statusId: from.id, status: from.name }, after: { statusId: status.id, status: status.name, reason },
      }, now);
      return request;
    });
    this.announce(request);
    return request;
  }

  /** The opener rates a finished (not cancelled) request once: 1 to 5 and an optional comment. */
  async rate(em: EntityManager, account: Pick<Account, 'id'>, scope: ViewerScope, input: { requestId: string; score: number; comment?: string | null }): Promise<Request> {
    if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) throw new BadInputError('score', 'Dê uma nota de 1 a 5 estrelas.');
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > 2000) throw new BadInputError('comment', 'O comentário deve ter no máximo 2000 caracteres.');
    await this.visibleOrNotFound(em, scope, input.requestId);
    const request = await em.transactional(async (tx) => {
      const request = await tx.findOneOrFail(Request, { id: input.requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['status'] });
      if (request.openedBy.id !== account.id) throw new ForbiddenError('Só quem abriu o pedido pode avaliá-lo.');
      if (!request.finishedAt) throw new ConflictError('O pedido ainda está em aberto: você poderá avaliá-lo quando for finalizado.');
      if (request.status.isCancellation) throw new ConflictError('Pedidos cancelados não são avaliados.');
      if (request.ratedAt) throw new ConflictError('Você já avaliou este pedido.');
      const now = this.deps.clock.now();
      Object.assign(request, { ratingScore: input.score, ratingComment: comment, ratedAt: now, updatedAt: now });
      return request;
    });
    this.announce(request);
    return request;
  }

  /**
   * Staff give a request to a member of staff (or to nobody): of their company, with an active
   * account, and able to see the request — a member limited to some developments only within them
   * (R-OPS-4). Audited.
   */
  async assign(em: EntityManager, staff: StaffViewer, input: { requestId: string; assigneeId?: string | null }): Promise<Request> {
    const request = await em.transactional(async (tx) => {
      const request = await getInScope(tx, staff, Request, input.requestId, LOCKED_WRITE);
      let assignee: Account | null = null;
      if (input.assigneeId) {
        const [candidate] = await this.assignableStaff(tx, request, [input.assigneeId]);
        if (!candidate) throw new BadInputError('assigneeId', 'Escolha um membro da equipe que possa ver este pedido (da empresa, com acesso ativo e ao empreendimento do pedido).');
        assignee = tx.getReference(Account, candidate.id);
      }
      const before = request.assignee?.id ?? null;
      if (before === (assignee?.id ?? null)) return request;
      request.assignee = assignee;
      request.updatedAt = this.deps.clock.now();
      this.deps.audit.staffChange(tx, staff, { action: 'request.assign', targetType: 'Request', targetId: request.id, before: { assigneeId: before }, after: { assigneeId: assignee?.id ?? null } });
      return request;
    });
    this.announce(request, true);
    return request;
  }

  /** The members of staff who may be given this request: of its company, active, not expired, and seeing its development (R-OPS-4). */
  async assignableStaff(em: EntityManager, request: Pick<Request, 'company' | 'development'>, ids?: readonly string[]): Promise<Account[]> {
    const rows = await query<{ id: string }>(
      em,
      `select a.id from account a
        where a.company_id = :company and a.kind = 'STAFF' and a.login_active and (a.expires_at is null or a.expires_at > :now)
          and (not exists (select 1 from staff_development ad where ad.account_id = a.id)
               or exists (select 1 from staff_development ad where ad.account_id = a.id and ad.development_id = :development))
          ${ids ? 'and a.id = any(cast(:ids as uuid[]))' : ''}
        order by a.name`,
      { company: request.company.id, development: request.development.id, now: this.deps.clock.now(), ids: ids ?? [] },
    );
    return rows.length ? em.find(Account, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { name: 'asc' } }) : [];
  }

  /** The request's opener, or the holder of its unit (a customer on a sold reservation of it). */
  async isOpenerOrHolder(em: EntityManager, request: Pick<Request, 'openedBy' | 'unit'>, accountId: string, customerId: string | null): Promise<boolean> {
    if (request.openedBy.id === accountId) return true;
    if (!request.unit || !customerId) return false;
    const [row] = await query<{ holder: boolean }>(
      em,
      `select exists (select 1 from reservation r where r.unit_id = :unit and r.holder_id = :customer and r.status = 'SOLD') as holder`,
      { unit: request.unit.id, customer: customerId },
    );
    return Boolean(row?.holder);
  }

  /** The workflow's cancellation status, made (final, last) the first time it is needed; concurrent first cancels make one. */
  private async cancellationStatus(tx: EntityManager, workflowId: string): Promise<WorkflowStatus> {
    await execute(
      tx,
      `insert into workflow_status (id, workflow_id, name, is_final, is_initial, is_cancellation, position)
       select gen_random_uuid(), ?, 'Cancelado pelo cliente', true, false, true, coalesce(max(position), 0) + 1 from workflow_status where workflow_id = ?
       on conflict do nothing`,
      [workflowId, workflowId],
    );
    return tx.findOneOrFail(WorkflowStatus, { workflow: tx.getReference(Workflow, workflowId), isCancellation: true });
  }

  /** SPEC §5: the request if this portal user sees it; NOT_FOUND otherwise (hidden = missing). */
  private async visibleOrNotFound(em: EntityManager, scope: ViewerScope, requestId: string): Promise<Request> {
    const [request] = UUID.test(requestId) ? await visibleRequests(em, scope, { requestIds: [requestId] }) : [];
    if (!request) throw new NotFoundError('Pedido');
    return request;
  }

  /**
   * R-REQ-4: staff move a request to another status of its workflow, with an optional public
   * comment. The row lock serialises concurrent changes (each one is recorded, none is lost);
   * with `expectedStatusId`, a change made meanwhile by someone else answers CONFLICT instead.
   */
  async changeStatus(em: EntityManager, staff: StaffViewer, input: { requestId: string; statusId: string; comment?: string | null; expectedStatusId?: string | null }): Promise<Request> {
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > 4000) throw new BadInputError('comment', 'O comentário deve ter no máximo 4000 caracteres.');
    const request = await em.transactional(async (tx) => {
      const request = await getInScope(tx, staff, Request, input.requestId, { ...LOCKED_WRITE, populate: ['status'] });
      if (input.expectedStatusId && request.status.id !== input.expectedStatusId) {
        throw new ConflictError(`O pedido mudou para "${request.status.name}" enquanto você o via. Confira antes de mudar de novo.`, { currentStatusId: request.status.id });
      }
      const status = await tx.findOne(WorkflowStatus, { id: input.statusId, workflow: { company: staff.companyId, kind: request.kind } });
      if (!status) throw new BadInputError('statusId', 'Esta situação não pertence ao workflow deste pedido.');
      const now = this.deps.clock.now();
      const from = request.status;
      if (status.isFinal && !from.isFinal) request.finishedAt = now;
      if (!status.isFinal) request.finishedAt = null;
      request.status = status;
      request.updatedAt = now;
      const change = tx.create(RequestStatusChange, { request, fromStatus: from, toStatus: status, changedBy: actorOf(tx, staff), comment, at: now });
      await tx.flush();
      // R-NOTIFY-4: the status change is told to whoever sees the request, in this transaction's queue.
      if (status.id !== from.id) await this.deps.notifications.event(tx, staff.companyId, NoticeEvent.REQUEST_STATUS, change.id);
      return request;
    });
    this.announce(request);
    return request;
  }

  /** The staff request list: the company's requests, filtered, newest first, by cursor. */
  async staffList(em: EntityManager, staff: StaffViewer, filter: StaffRequestFilter, size: number, after: string | null) {
    const where: Record<string, unknown>[] = [];
    if (filter.developmentId) where.push({ development: filter.developmentId });
    if (filter.statusId) where.push({ status: filter.statusId });
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.open === true) where.push({ finishedAt: null });
    if (filter.open === false) where.push({ finishedAt: { $ne: null } });
    if (filter.from) where.push({ createdAt: { $gte: filter.from } });
    if (filter.to) where.push({ createdAt: { $lte: filter.to } });
    if (filter.customerId) {
      const customerUnits = await query<{ unit_id: string }>(em, unitCandidatesSql, { customer: filter.customerId });
      where.push({ $or: [{ unit: { $in: customerUnits.map((u) => u.unit_id) } }, { openedBy: { customer: filter.customerId } }] });
    }
    if (after) {
      const cursor = decodeCursor(after);
      where.push(afterCursor('createdAt', cursor));
    }
    const rows = await findInScope(em, staff, Request, { $and: where }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    return toConnection(rows, size, requestCursor);
  }

  private async initialStatus(em: EntityManager, companyId: string, kind: RequestKind): Promise<WorkflowStatus> {
    const statuses = await em.find(WorkflowStatus, { workflow: { company: companyId, kind } }, { orderBy: { isInitial: 'desc', position: 'asc' }, limit: 1 });
    if (!statuses[0]) {
      throw new FeatureDisabledError('workflow', 'Este tipo de pedido ainda não tem um workflow configurado pela incorporadora.');
    }
    return statuses[0];
  }

  /** R-REQ-9: after the commit, tell every subscriber (each one then checks it may see it). */
  private announce(request: Request, internal = false): void {
    this.deps.pubsub.publish('request.changed', {
      requestId: request.id, companyId: request.company.id, developmentId: request.development.id, statusId: request.status.id, ...(internal ? { internal } : {}),
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The photo ids sent with a request or message: distinct, at most MAX_PHOTOS. */
function photoIdsOf(ids: readonly string[] | null | undefined): string[] {
  const distinct = [...new Set(ids ?? [])];
  if (distinct.length > MAX_PHOTOS) throw new BadInputError('photoIds', `Envie no máximo ${MAX_PHOTOS} fotos por vez.`);
  return distinct;
}

