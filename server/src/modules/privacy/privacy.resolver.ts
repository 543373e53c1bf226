import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForbiddenError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import { pageSize, PageArgs, toConnection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { inLocale, say } from '../../locale.js';
import { Customer } from '../customers/customer.entity.js';
import { assertCompanyWide, getInScope } from '../scope/staff-scope.js';
import { requireStaff, signedIn } from '../visibility/scope.js';
import { dataAccessCursor, dataAccessRows, logPersonalDataRead, type DataAccessRow } from './access-log.js';
import { changeWords, readWords } from './access-words.js';
import { ConsentPurpose, ConsentSource } from './consent.entity.js';
import { changeConsent, consentStates } from './consent.service.js';
import { completeDeletion, refuseDeletion, requestDeletion } from './deletion.service.js';
import { deletionRequestPage, deletionRequestViews, myDeletionRequests } from './deletion-views.js';
import { readOfficer, saveOfficer } from './officer.service.js';
import { DataAccessEventKind, DeletionRequestStatus, PersonalDataKind } from './privacy.enums.js';
import {
  ConsentState, DataAccessEntry, DataAccessEntryConnection, DataProtectionOfficer, DataProtectionOfficerInput, DeletionRequestConnection, DeletionRequestView, MySurveyResponse,
} from './privacy.types.js';
import { mySurveyResponses } from './survey-answers.js';

@ArgsType()
class DeletionRequestsArgs extends PageArgs {
  @Field(() => DeletionRequestStatus, { nullable: true, description: 'Só os pedidos nesta situação.' }) status?: DeletionRequestStatus | null;
  @Field(() => ID, { nullable: true, description: 'Só os pedidos deste cliente.' }) customerId?: string | null;
}

/** The customer behind the signed-in portal login (customers only: their root fields say so). */
function customerOf(ctx: Context) {
  const { account } = signedIn(ctx);
  if (!account.customer) throw new ForbiddenError();
  return { account, customerId: account.customer.id, companyId: account.company.id };
}

/** One entry of the log, in the caller's words: the customer reads "Você" for themselves and never an address. */
function entryOf(row: DataAccessRow, ctx: Context, self: string | null): DataAccessEntry {
  const own = self !== null && row.actorId === self;
  const who = own ? inLocale(say('Você', 'You'), ctx.locale) : row.actorId || row.actorIsStaff ? row.actorName : inLocale(say('Sistema', 'System'), ctx.locale);
  const what = row.event === DataAccessEventKind.READ ? readWords(row.readKind!) : changeWords(row.action ?? '');
  return {
    id: row.id, event: row.event, at: row.at, who: who.replace(/\s*<[^>]*>$/, ''), byStaff: row.actorIsStaff, what: inLocale(what, ctx.locale),
    readKind: row.readKind, ip: ctx.staff ? row.ip : null,
  };
}

/**
 * R-OPS-3 (LGPD): consents, "who accessed or changed my data", the deletion request and the
 * data-protection officer — for the customer in "Meus dados", for staff on the customer's page.
 * The download of the data is an HTTP route (http/data-export.ts).
 */
@Resolver()
export class PrivacyResolver {
  @Access('CUSTOMER')
  @Query(() => [ConsentState], { description: 'R-OPS-3: meus consentimentos: cada finalidade, o texto, a situação em vigor e o histórico.' })
  myConsents(@Ctx() ctx: Context): Promise<ConsentState[]> {
    return consentStates(ctx.em, [signedIn(ctx).account.id]);
  }

  @Access('CUSTOMER')
  @Mutation(() => ConsentState, { description: 'R-OPS-3: dá ou revoga um consentimento (registra a versão do texto; repetir não muda nada). Auditado.' })
  async setConsent(@Arg('purpose', () => ConsentPurpose) purpose: ConsentPurpose, @Arg('granted', () => Boolean) granted: boolean, @Ctx() ctx: Context): Promise<ConsentState> {
    const { account, customerId, companyId } = customerOf(ctx);
    await changeConsent(ctx.em, ctx.services.audit, {
      actor: account, companyId, accountId: account.id, customerId, purpose, granted, source: ConsentSource.PORTAL, at: ctx.services.clock.now(), ip: ctx.ip,
    });
    return (await consentStates(ctx.em, [account.id])).find((s) => s.purpose === purpose)!;
  }

  @Access('CUSTOMER')
  @Query(() => DataAccessEntryConnection, { description: 'R-OPS-3: quem da empresa consultou ou alterou meus dados, do mais recente ao mais antigo.' })
  async myDataAccessLog(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: Context) {
    const { account, customerId, companyId } = customerOf(ctx);
    const size = pageSize(first);
    const rows = await dataAccessRows(ctx.em, { companyId, customerId, size, after });
    return toConnection(rows.map((r) => entryOf(r, ctx, account.id)), size, dataAccessCursor);
  }

  @Access('CUSTOMER')
  @Query(() => [DeletionRequestView], { description: 'R-OPS-3: meus pedidos de exclusão de dados, do mais recente ao mais antigo, com a situação.' })
  myDeletionRequests(@Ctx() ctx: Context): Promise<DeletionRequestView[]> {
    return myDeletionRequests(ctx.em, customerOf(ctx).customerId);
  }

  @Access('CUSTOMER')
  @Mutation(() => DeletionRequestView, { description: 'R-OPS-3: pede a exclusão dos meus dados (com um motivo, se quiser); CONFLICT se já há um pedido em análise. Auditado.' })
  async requestDataDeletion(@Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context): Promise<DeletionRequestView> {
    const { account, customerId, companyId } = customerOf(ctx);
    const request = await requestDeletion(ctx.em, ctx.services.audit, { actor: account, companyId, customerId, accountId: account.id, reason, at: ctx.services.clock.now(), ip: ctx.ip });
    return (await deletionRequestViews(ctx.em, [request.id]))[0]!;
  }

  @Access('CUSTOMER')
  @Query(() => [MySurveyResponse], { description: 'R-OPS-3: minhas respostas às pesquisas (para a cópia dos meus dados).' })
  mySurveyAnswers(@Ctx() ctx: Context): Promise<MySurveyResponse[]> {
    const { customerId, companyId } = customerOf(ctx);
    return mySurveyResponses(ctx.em, customerId, companyId);
  }

  @Access('PUBLIC')
  @Query(() => DataProtectionOfficer, { nullable: true, description: 'R-OPS-3: o encarregado de dados da empresa (LGPD, art. 41: divulgado publicamente) — a de quem está conectado, ou a do portal do endereço.' })
  async dataProtectionOfficer(@Ctx() ctx: Context): Promise<DataProtectionOfficer | null> {
    const companyId = ctx.viewer.kind === 'account' ? ctx.viewer.account.company.id : (await ctx.portal())?.company.id;
    return companyId ? readOfficer(ctx.em, companyId) : null;
  }

  @Access('ADMIN')
  @StaffScope('Company (company-wide)')
  @Mutation(() => DataProtectionOfficer, { description: 'R-OPS-3: define o encarregado de dados da empresa (nome, e-mail, telefone). Auditado.' })
  async updateDataProtectionOfficer(@Arg('input', () => DataProtectionOfficerInput) input: DataProtectionOfficerInput, @Ctx() ctx: Context): Promise<DataProtectionOfficer> {
    const staff = requireStaff(ctx);
    assertCompanyWide(staff);
    return saveOfficer(ctx.em, ctx.services.audit, staff, input, ctx.services.clock.now());
  }

  @Access('STAFF')
  @StaffScope('Customer')
  @Query(() => [ConsentState], { description: 'R-OPS-3: os consentimentos de um cliente, com o histórico (registra a consulta).' })
  async customerConsents(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context): Promise<ConsentState[]> {
    const staff = requireStaff(ctx);
    const customer = await getInScope(ctx.em, staff, Customer, customerId);
    const accounts = await ctx.loaders.accountsOfCustomer.load(customer.id);
    await logPersonalDataRead(ctx.em, staff, customer.id, PersonalDataKind.PRIVACY, ctx.services.clock.now());
    return consentStates(ctx.em, accounts.map((a) => a.id));
  }

  @Access('ADMIN')
  @StaffScope('Customer')
  @Query(() => DataAccessEntryConnection, { description: 'R-OPS-3: quem consultou ou alterou os dados de um cliente (consultas da equipe e alterações auditadas), do mais recente ao mais antigo.' })
  async customerDataAccessLog(@Arg('customerId', () => ID) customerId: string, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: Context) {
    const staff = requireStaff(ctx);
    const size = pageSize(first);
    const customer = await getInScope(ctx.em, staff, Customer, customerId);
    const rows = await dataAccessRows(ctx.em, { companyId: staff.companyId, customerId: customer.id, size, after });
    return toConnection(rows.map((r) => entryOf(r, ctx, null)), size, dataAccessCursor);
  }

  @Access('ADMIN')
  @StaffScope('Customer')
  @Query(() => DeletionRequestConnection, { description: 'R-OPS-3: os pedidos de exclusão de dados, mais recentes primeiro (R-OPS-4: só de clientes ao alcance de quem pergunta).' })
  deletionRequests(@Args(() => DeletionRequestsArgs) { first, after, status, customerId }: DeletionRequestsArgs, @Ctx() ctx: Context) {
    return deletionRequestPage(ctx.em, requireStaff(ctx), { size: pageSize(first), after, status, customerId });
  }

  @Access('ADMIN')
  @StaffScope('Customer')
  @Mutation(() => DeletionRequestView, { description: 'R-OPS-3: atende um pedido de exclusão: anonimiza o que não tem guarda obrigatória e registra o que é guardado, por quê e até quando. Auditado.' })
  async completeDeletionRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeletionRequestView> {
    const request = await completeDeletion(ctx.em, { audit: ctx.services.audit, sessions: ctx.services.sessions }, requireStaff(ctx), { id, at: ctx.services.clock.now() });
    return (await deletionRequestViews(ctx.em, [request.id]))[0]!;
  }

  @Access('ADMIN')
  @StaffScope('Customer')
  @Mutation(() => DeletionRequestView, { description: 'R-OPS-3: recusa um pedido de exclusão, com o motivo que o cliente lerá. Auditado.' })
  async refuseDeletionRequest(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<DeletionRequestView> {
    const request = await refuseDeletion(ctx.em, ctx.services.audit, requireStaff(ctx), { id, reason, at: ctx.services.clock.now() });
    return (await deletionRequestViews(ctx.em, [request.id]))[0]!;
  }
}
