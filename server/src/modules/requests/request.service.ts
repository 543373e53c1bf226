import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError, ConflictError, FeatureDisabledError, NotFoundError } from '../../domain-errors.js';
import { decodeCursor, encodeCursor, toConnection, afterCursor } from '../../graphql/connection.js';
import type { PubSub } from '@graphql-yoga/subscription';
import type { Events } from '../../graphql/pubsub.js';
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
import { customerRequestCandidatesSql, customerRequestRules, syndicRequestRules } from './request.rules.js';
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
  const candidates = scope.syndicId ? 'rq.opened_by_id = :account' : customerRequestCandidatesSql;
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
}

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
  constructor(private readonly deps: { clock: Clock; pubsub: PubSub<Events> }) {}

  /** R-REQ-1, R-REQ-3, R-REQ-8: a customer or syndic (`account`, seeing through `scope`) opens a request through the portal. */
  async open(em: EntityManager, account: Pick<Account, 'id' | 'kind'>, scope: ViewerScope, input: OpenRequestInput): Promise<Request> {
    const portal = await em.findOneOrFail(Portal, { id: scope.portalId });
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
      return request;
    });
    this.announce(request);
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
      tx.create(RequestStatusChange, { request, fromStatus: from, toStatus: status, changedBy: actorOf(tx, staff), comment, at: now });
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
  private announce(request: Request): void {
    this.deps.pubsub.publish('request.changed', { requestId: request.id, companyId: request.company.id, developmentId: request.development.id, statusId: request.status.id });
  }
}

