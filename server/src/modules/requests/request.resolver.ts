import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { whole } from '../../db/plain-rows.js';
import { NotFoundError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import { ConnectionType, decodeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { listCost } from '../../graphql/limits/cost.js';
import { Account } from '../auth/account.entity.js';
import { CommonArea } from '../developments/common-area.entity.js';
import { Development } from '../developments/development.entity.js';
import { Location } from '../developments/location.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { getInScope } from '../scope/staff-scope.js';
import { portalScope, requireStaff, signedIn } from '../visibility/scope.js';
import { AssignRequestInput, CancelRequestInput, ChangeRequestStatusInput, OpenRequestInput, RateRequestInput, ReplyToRequestInput, RequestFilter } from './open-request.input.js';
import { RequestSla } from './request-conversation.resolver.js';
import { MessageVisibility, RequestMessage } from './request-message.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { RequestKind } from './request-kind.js';
import { assertRequestMenuOn } from './request-menu.js';
import { RequestStatusChange } from './request-status-change.entity.js';
import { Request } from './request.entity.js';
import type { LiveRequest } from './request-fanout.js';
import { requestCursor, visibleRequests } from './request.service.js';
import { Subject } from './subject.entity.js';
import { Subsubject } from './subsubject.entity.js';
import { WorkflowStatus } from './workflow-status.entity.js';

@ObjectType()
export class RequestConnection extends ConnectionType(Request, 'Request') {}

@ArgsType()
class MyRequestsArgs {
  @Field(() => RequestKind, { nullable: true })
  kind?: RequestKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: em aberto; false: finalizados.' })
  open?: boolean | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
class StaffRequestsArgs {
  @Field(() => RequestFilter, { nullable: true })
  filter?: RequestFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}


/** The request as the viewer may see it: staff within their scope (R-OPS-4), portal users by the rules; NOT_FOUND otherwise. */
async function findVisible(ctx: Context, id: string): Promise<Request> {
  if (ctx.staff) return getInScope(ctx.em, ctx.staff, Request, id);
  const [request] = await visibleRequests(ctx.em, portalScope(ctx), { requestIds: [id] });
  if (!request) throw new NotFoundError('Pedido');
  return request;
}

@Resolver(() => Request)
export class RequestResolver {
  @Access('CUSTOMER', 'SYNDIC')
  @Query(() => RequestConnection, { description: 'Os pedidos que o cliente (ou síndico) vê, mais recentes primeiro.' })
  async myRequests(@Args(() => MyRequestsArgs) { kind, open, first, after }: MyRequestsArgs, @Ctx() ctx: Context) {
    if (kind) assertRequestMenuOn((await ctx.portal()) as Portal, kind);
    const size = pageSize(first);
    const rows = await visibleRequests(ctx.em, portalScope(ctx), { kind, open, first: size, after: after ? decodeCursor(after) : null });
    return toConnection(rows, size, requestCursor);
  }

  @Access('STAFF')
  @StaffScope('Request')
  @Query(() => RequestConnection, { description: 'A lista de pedidos da empresa, com filtros, por cursor.' })
  requests(@Args(() => StaffRequestsArgs) { filter, first, after }: StaffRequestsArgs, @Ctx() ctx: Context) {
    return ctx.services.requests.staffList(ctx.em, requireStaff(ctx), filter ?? {}, pageSize(first), after ?? null);
  }

  @Access('CUSTOMER', 'SYNDIC', 'STAFF')
  @StaffScope('Request')
  @Query(() => Request, { description: 'Um pedido; oculto é igual a inexistente (NOT_FOUND).' })
  request(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Request> {
    return findVisible(ctx, id);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Mutation(() => Request, { description: 'R-REQ-1, R-REQ-3, R-REQ-8: abrir um atendimento ou assistência.' })
  openRequest(@Arg('input', () => OpenRequestInput) input: OpenRequestInput, @Ctx() ctx: Context): Promise<Request> {
    return ctx.services.requests.open(ctx.em, signedIn(ctx).account, portalScope(ctx), input);
  }

  @Access('STAFF')
  @StaffScope('Request')
  @Mutation(() => Request, { description: 'R-REQ-4: mudar a situação, com comentário público opcional; CONFLICT se o pedido mudou desde a situação esperada.' })
  changeRequestStatus(@Arg('input', () => ChangeRequestStatusInput) input: ChangeRequestStatusInput, @Ctx() ctx: Context): Promise<Request> {
    return ctx.services.requests.changeStatus(ctx.em, requireStaff(ctx), input);
  }

  @Access('CUSTOMER', 'SYNDIC', 'STAFF')
  @StaffScope('Request')
  @Mutation(() => RequestMessage, { description: 'Responder na conversa de um pedido (cliente ou síndico que o vê, enquanto está em aberto; a equipe, a qualquer momento), com fotos; a equipe também escreve notas internas (visibility INTERNAL), que o cliente nunca vê.' })
  async replyToRequest(@Arg('input', () => ReplyToRequestInput) input: ReplyToRequestInput, @Ctx() ctx: Context): Promise<RequestMessage> {
    const author = ctx.staff ? { kind: 'staff' as const, staff: ctx.staff } : { kind: 'portal' as const, account: signedIn(ctx).account, scope: portalScope(ctx) };
    return ctx.services.requests.reply(ctx.em, author, input);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Mutation(() => Request, { description: 'Cancelar um pedido ainda em aberto: quem abriu, ou o titular da unidade; vai para a situação de cancelamento do workflow (final), com o motivo no histórico; auditado.' })
  cancelRequest(@Arg('input', () => CancelRequestInput) input: CancelRequestInput, @Ctx() ctx: Context): Promise<Request> {
    return ctx.services.requests.cancel(ctx.em, signedIn(ctx).account, portalScope(ctx), input);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Mutation(() => Request, { description: 'Avaliar (1 a 5, comentário opcional) um pedido finalizado, uma vez, por quem o abriu.' })
  rateRequest(@Arg('input', () => RateRequestInput) input: RateRequestInput, @Ctx() ctx: Context): Promise<Request> {
    return ctx.services.requests.rate(ctx.em, signedIn(ctx).account, portalScope(ctx), input);
  }

  @Access('STAFF')
  @StaffScope('Request')
  @Mutation(() => Request, { description: 'Dar o pedido a um membro da equipe que possa vê-lo (ou a ninguém); auditado.' })
  assignRequest(@Arg('input', () => AssignRequestInput) input: AssignRequestInput, @Ctx() ctx: Context): Promise<Request> {
    return ctx.services.requests.assign(ctx.em, requireStaff(ctx), input);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Subscription(() => Request, {
    description: 'R-REQ-9: os pedidos que o cliente (ou síndico) vê, cada vez que são abertos, mudam de situação, são avaliados ou recebem uma resposta pública (notas internas nunca chegam aqui).',
    // The fan-out decides who sees each event, for every subscriber at once (request-fanout.ts).
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const { accountId, customerId, syndicId, portalId, hostname } = portalScope(ctx);
      return ctx.services.live.subscribePortal(signedIn(ctx).account.company.id, { accountId, customerId, syndicId, portalId, hostname });
    },
  })
  myRequestChanged(@Root() { request }: LiveRequest, @Ctx() ctx: Context): Request {
    return eventRequest(ctx, request);
  }

  @Access('STAFF')
  @StaffScope('Request')
  @Subscription(() => Request, {
    description: 'R-REQ-9: pedidos da empresa abertos ou alterados (situação, mensagens e notas internas, responsável), para a lista da equipe.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const staff = requireStaff(ctx);
      return ctx.services.live.subscribeStaff(staff.companyId, staff.developmentIds);
    },
  })
  requestListChanged(@Root() { request }: LiveRequest, @Ctx() ctx: Context): Request {
    return eventRequest(ctx, request);
  }

  // Requests read by the rule queries come with their status and subsubject whole (request-rows.ts): answered at once.
  @FieldResolver(() => WorkflowStatus)
  status(@Root() request: Request, @Ctx() { loaders }: Context): WorkflowStatus | Promise<WorkflowStatus> {
    return whole(request.status) ?? loaders.workflowStatus.load(request.status.id).then((s) => s!);
  }

  @FieldResolver(() => Subject)
  async subject(@Root() request: Request, @Ctx() { loaders }: Context): Promise<Subject> {
    return (await loaders.subject.load(request.subject.id))!;
  }

  @FieldResolver(() => Subsubject)
  subsubject(@Root() request: Request, @Ctx() { loaders }: Context): Subsubject | Promise<Subsubject> {
    return whole(request.subsubject) ?? loaders.subsubject.load(request.subsubject.id).then((s) => s!);
  }

  @FieldResolver(() => Development)
  async development(@Root() request: Request, @Ctx() { loaders }: Context): Promise<Development> {
    return (await loaders.development.load(request.development.id))!;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() request: Request, @Ctx() { loaders }: Context) {
    return request.unit ? loaders.unit.load(request.unit.id) : null;
  }

  @FieldResolver(() => CommonArea, { nullable: true })
  commonArea(@Root() request: Request, @Ctx() { loaders }: Context) {
    return request.commonArea ? loaders.commonArea.load(request.commonArea.id) : null;
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() request: Request, @Ctx() { loaders }: Context) {
    return request.location ? loaders.location.load(request.location.id) : null;
  }

  @FieldResolver(() => String, { description: 'Quem abriu (nome).' })
  async openedByName(@Root() request: Request, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.account.load(request.openedBy.id))?.name ?? '';
  }

  @FieldResolver(() => Account, { nullable: true, description: 'A conta de quem abriu (só para a equipe).' })
  openedBy(@Root() request: Request, @Ctx() ctx: Context) {
    return ctx.staff ? ctx.loaders.account.load(request.openedBy.id) : null;
  }

  @FieldResolver(() => [RequestMessage], { description: 'A conversa, da mais antiga à mais recente: ao cliente, só as mensagens públicas; à equipe, também as notas internas.', complexity: listCost(20) })
  async messages(@Root() request: Request, @Ctx() ctx: Context): Promise<RequestMessage[]> {
    const all = await ctx.loaders.requestMessages.load(request.id);
    return ctx.staff ? all : all.filter((m) => m.visibility === MessageVisibility.PUBLIC);
  }

  @FieldResolver(() => [StoredFile], { description: 'As fotos enviadas ao abrir o pedido.', complexity: listCost(10) })
  photos(@Root() request: Request, @Ctx() ctx: Context): Promise<StoredFile[]> {
    return ctx.loaders.requestPhotos.load(request.id);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'O responsável na equipe (só para a equipe).' })
  assignee(@Root() request: Request, @Ctx() ctx: Context) {
    return ctx.staff && request.assignee ? ctx.loaders.account.load(request.assignee.id) : null;
  }

  @FieldResolver(() => [Account], { description: 'Quem da equipe pode receber o pedido (da empresa, ativo, com acesso ao empreendimento); vazio para o portal.', complexity: listCost(20) })
  assignableStaff(@Root() request: Request, @Ctx() ctx: Context): Promise<Account[]> | Account[] {
    return ctx.staff ? ctx.services.requests.assignableStaff(ctx.em, request) : [];
  }

  @FieldResolver(() => RequestSla, { nullable: true, description: 'O relógio de SLA (só para a equipe).' })
  async sla(@Root() request: Request, @Ctx() ctx: Context): Promise<RequestSla | null> {
    if (!ctx.staff) return null;
    const status = whole(request.status) ?? (await ctx.loaders.workflowStatus.load(request.status.id))!;
    const workflow = await ctx.loaders.workflow.load(status.workflow.id);
    return slaOf(request, workflow?.dueHours ?? null, ctx.services.clock.now());
  }

  @FieldResolver(() => Boolean, { description: 'Quem está vendo pode cancelar o pedido: é quem abriu (ou o titular da unidade) e o pedido está em aberto.' })
  async viewerCanCancel(@Root() request: Request, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.staff || request.finishedAt || ctx.viewer.kind !== 'account') return false;
    return ctx.services.requests.isOpenerOrHolder(ctx.em, request, ctx.viewer.account.id, ctx.viewer.account.customer?.id ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'Quem está vendo pode avaliar o pedido: é quem abriu, está finalizado (não cancelado) e ainda não foi avaliado.' })
  async viewerCanRate(@Root() request: Request, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.staff || !request.finishedAt || request.ratedAt || ctx.viewer.kind !== 'account' || ctx.viewer.account.id !== request.openedBy.id) return false;
    const status = whole(request.status) ?? (await ctx.loaders.workflowStatus.load(request.status.id))!;
    return !status.isCancellation;
  }

  @FieldResolver(() => Boolean, { description: 'O pedido foi cancelado pelo cliente (está na situação de cancelamento).' })
  async cancelled(@Root() request: Request, @Ctx() { loaders }: Context): Promise<boolean> {
    const status = whole(request.status) ?? (await loaders.workflowStatus.load(request.status.id))!;
    return status.isCancellation;
  }

  @FieldResolver(() => [RequestStatusChange], { description: 'R-REQ-4: o histórico de situações, do mais antigo ao mais recente.', complexity: listCost(10) })
  history(@Root() request: Request, @Ctx() { loaders }: Context): Promise<RequestStatusChange[]> {
    return loaders.requestHistory.load(request.id);
  }
}

/**
 * Each live event's request, read once by the fan-out for everyone who sees it; whatever else the
 * subscriber asks of it is read with fresh loaders, never from an earlier event's cache.
 */
function eventRequest(ctx: Context, request: Request): Request {
  ctx.renew();
  return request;
}

@Resolver(() => RequestStatusChange)
export class RequestStatusChangeResolver {
  @FieldResolver(() => WorkflowStatus, { nullable: true })
  fromStatus(@Root() change: RequestStatusChange, @Ctx() { loaders }: Context) {
    return change.fromStatus ? loaders.workflowStatus.load(change.fromStatus.id) : null;
  }

  @FieldResolver(() => WorkflowStatus)
  async toStatus(@Root() change: RequestStatusChange, @Ctx() { loaders }: Context): Promise<WorkflowStatus> {
    return (await loaders.workflowStatus.load(change.toStatus.id))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Quem mudou a situação (nome).' })
  async changedByName(@Root() change: RequestStatusChange, @Ctx() { loaders }: Context): Promise<string | null> {
    return change.changedBy ? ((await loaders.account.load(change.changedBy.id))?.name ?? null) : null;
  }
}

/** The staff's SLA clock for a request: open since `createdAt`; due `dueHours` later, if the workflow sets a deadline. */
export function slaOf(request: Pick<Request, 'createdAt' | 'finishedAt'>, dueHours: number | null, now: Date): RequestSla {
  const openedAt = new Date(request.createdAt);
  const end = request.finishedAt ? new Date(request.finishedAt) : now;
  const dueAt = dueHours ? new Date(openedAt.getTime() + dueHours * 3_600_000) : null;
  return {
    openedAt,
    elapsedMinutes: Math.max(0, Math.floor((end.getTime() - openedAt.getTime()) / 60_000)),
    dueHours,
    dueAt,
    remainingMinutes: dueAt && !request.finishedAt ? Math.floor((dueAt.getTime() - now.getTime()) / 60_000) : null,
    overdue: dueAt ? end > dueAt : false,
  };
}
