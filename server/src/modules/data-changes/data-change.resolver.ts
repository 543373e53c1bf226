import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { Access, AllowedBeforeDataConfirmation, StaffScope } from '../../graphql/access.js';
import { ConnectionType, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { applyPatch, requiredName } from '../audit/audited-change.js';
import { Account } from '../auth/account.entity.js';
import { Company, DataChangeApproval } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { assertCompanyWide, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { requireStaff, signedIn } from '../visibility/scope.js';
import { CustomField, CustomFieldType } from './custom-field.entity.js';
import { DataChangeRequest, DataChangeStatus } from './data-change-request.entity.js';
import { currentValue, labelOf } from './data-fields.js';

@ObjectType()
export class DataChangeRequestConnection extends ConnectionType(DataChangeRequest, 'DataChangeRequest') {}

@ObjectType({ description: 'R-DATA-3: um campo, com o valor original e o proposto lado a lado.' })
export class DataChangeField {
  @Field(() => String, { description: 'Nome do campo (custom.<chave> para campos personalizados).' }) field!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) original!: string | null;
  @Field(() => String, { nullable: true }) proposed!: string | null;
  @Field(() => Boolean, { description: 'O valor proposto difere do original.' }) changed!: boolean;
}

@ObjectType({ description: 'R-DATA-6: o valor de um campo personalizado no cadastro do cliente.' })
export class CustomFieldValue {
  @Field(() => String, { description: 'custom.<chave>' }) field!: string;
  @Field(() => String) label!: string;
  @Field(() => CustomFieldType) type!: CustomFieldType;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@InputType({ description: 'Um campo e seu novo valor (vazio limpa o campo).' })
export class FieldValueInput {
  @Field(() => String, { description: 'name, email, phone, postalCode, street, streetNumber, complement, district, city, state ou custom.<chave>.' })
  field!: string;

  @Field(() => String, { nullable: true })
  value?: string | null;
}

@InputType()
export class CustomFieldInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true, description: 'Obrigatório ao criar: letras minúsculas, números e _.' }) key?: string;
  @Field(() => String, { nullable: true }) label?: string;
  @Field(() => CustomFieldType, { nullable: true }) type?: CustomFieldType;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => Int, { nullable: true }) position?: number;
}

@InputType({ description: 'R-DATA-3: filtros das alterações cadastrais.' })
export class DataChangeFilter {
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
  @Field(() => ID, { nullable: true }) developmentId?: string | null;
  @Field(() => DataChangeStatus, { nullable: true }) status?: DataChangeStatus | null;
}

@ArgsType()
class DataChangeListArgs {
  @Field(() => DataChangeFilter, { nullable: true }) filter?: DataChangeFilter | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

const customerOf = (ctx: Context) => signedIn(ctx).account;

function customFieldsOf(ctx: Context, companyId: string): Promise<CustomField[]> {
  return ctx.loaders.customFieldsOfCompany.load(companyId);
}

@Resolver(() => DataChangeRequest)
export class DataChangeResolver {
  @Access('CUSTOMER')
  @AllowedBeforeDataConfirmation()
  @Mutation(() => DataChangeRequest, { description: 'R-DATA-1: pede a alteração do cadastro (aprovada na hora ou pendente, R-DATA-2).' })
  requestDataChange(@Arg('changes', () => [FieldValueInput]) changes: FieldValueInput[], @Ctx() ctx: Context) {
    return ctx.services.dataChanges.request(ctx.em, customerOf(ctx), ctx.ip, changes);
  }

  @Access('CUSTOMER')
  @AllowedBeforeDataConfirmation()
  @Mutation(() => Account, { description: 'R-AUTH-4: confirma os dados do cadastro no primeiro acesso (com alterações, se houver, pelo fluxo de §6).' })
  async confirmMyData(@Arg('changes', () => [FieldValueInput], { nullable: true }) changes: FieldValueInput[] | null, @Ctx() ctx: Context): Promise<Account> {
    const viewer = customerOf(ctx);
    // One transaction: the data is confirmed together with the changes, or not at all.
    const confirmed = await ctx.em.transactional(async (tx) => {
      if (changes?.length) await ctx.services.dataChanges.request(tx, viewer, ctx.ip, changes);
      const account = await tx.findOneOrFail(Account, { id: viewer.id });
      account.dataConfirmedAt = ctx.services.clock.now();
      return account;
    });
    // R-AUTH-4: the session carries when the data was confirmed.
    ctx.services.sessions.changed({ accountIds: [viewer.id] });
    return confirmed;
  }

  @Access('CUSTOMER')
  @AllowedBeforeDataConfirmation()
  @Query(() => [DataChangeRequest], { description: 'As alterações cadastrais que o cliente pediu, mais recentes primeiro.' })
  myDataChangeRequests(@Ctx() ctx: Context): Promise<DataChangeRequest[]> {
    return ctx.em.find(DataChangeRequest, { customer: customerOf(ctx).customer!.id, status: { $ne: DataChangeStatus.DELETED } }, { orderBy: { createdAt: 'desc' }, limit: 50 });
  }

  @Access('CUSTOMER', 'STAFF')
  @StaffScope('CustomField')
  @AllowedBeforeDataConfirmation()
  @Query(() => [CustomField], { description: 'R-DATA-6: os campos personalizados do cadastro (ativos, para clientes).' })
  async customFields(@Ctx() ctx: Context): Promise<CustomField[]> {
    const fields = await customFieldsOf(ctx, signedIn(ctx).account.company.id);
    return ctx.staff ? fields : fields.filter((f) => f.active);
  }

  @Access('ADMIN')
  @StaffScope('DataChangeRequest')
  @Query(() => DataChangeRequestConnection, { description: 'R-DATA-3: as alterações cadastrais, com filtros.' })
  dataChangeRequests(@Args(() => DataChangeListArgs) { filter, first, after }: DataChangeListArgs, @Ctx() ctx: Context) {
    return ctx.services.dataChanges.list(ctx.em, requireStaff(ctx), filter ?? {}, pageSize(first), after ?? null);
  }

  @Access('ADMIN')
  @StaffScope('DataChangeRequest')
  @Query(() => DataChangeRequest)
  dataChangeRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DataChangeRequest> {
    return getInScope(ctx.em, requireStaff(ctx), DataChangeRequest, id);
  }

  @Access('ADMIN')
  @StaffScope('DataChangeRequest')
  @Mutation(() => DataChangeRequest, { description: 'R-DATA-3, R-DATA-5: aprova (corrigindo antes, se quiser). CONFLICT se o cadastro mudou desde a versão vista.' })
  approveDataChange(
    @Arg('id', () => ID) id: string,
    @Arg('corrected', () => [FieldValueInput], { nullable: true }) corrected: FieldValueInput[] | null,
    @Arg('seenVersion', () => Int, { nullable: true, description: 'A versão do cadastro que o administrador viu (a do CONFLICT, depois de conferir).' }) seenVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.dataChanges.approve(ctx.em, requireStaff(ctx), id, corrected, seenVersion);
  }

  @Access('ADMIN')
  @StaffScope('DataChangeRequest')
  @Mutation(() => DataChangeRequest, { description: 'R-DATA-3: recusa, com um motivo que o cliente vê.' })
  rejectDataChange(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return ctx.services.dataChanges.reject(ctx.em, requireStaff(ctx), id, reason);
  }

  @Access('ADMIN')
  @StaffScope('DataChangeRequest')
  @Mutation(() => DataChangeRequest, { description: 'R-DATA-3: exclui (marca como DELETED).' })
  deleteDataChange(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.dataChanges.delete(ctx.em, requireStaff(ctx), id);
  }

  @Access('ADMIN')
  @StaffScope('Company (write)')
  @Mutation(() => Company, { description: 'R-DATA-2: aprovação AUTOMATIC ou MANUAL das alterações cadastrais (auditado).' })
  setDataChangeApproval(@Arg('mode', () => DataChangeApproval) mode: DataChangeApproval, @Ctx() ctx: Context): Promise<Company> {
    const staff = requireStaff(ctx);
    return ctx.em.transactional(async (tx) => {
      const company = await getInScope(tx, staff, Company, staff.companyId, LOCKED_WRITE);
      const { before, after } = applyPatch(company, { dataChangeApproval: mode });
      if (Object.keys(after).length) ctx.services.audit.staffChange(tx, staff, { action: 'company.dataChangeApproval.update', targetType: 'Company', targetId: company.id, before, after });
      return company;
    });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('CustomField')
  @Mutation(() => CustomField, { description: 'R-DATA-6, R-SET-2: cria ou altera um campo personalizado (auditado).' })
  async saveCustomField(@Arg('input', () => CustomFieldInput) input: CustomFieldInput, @Ctx() ctx: Context): Promise<CustomField> {
    const staff = requireStaff(ctx);
    const company = staff.companyId;
    if (!input.id) {
      assertCompanyWide(staff);
      if (!input.key || !/^[a-z][a-z0-9_]{0,39}$/.test(input.key)) throw new BadInputError('key', 'A chave usa letras minúsculas, números e _ (até 40), começando por letra.');
      if (await ctx.em.count(CustomField, { company, key: input.key })) throw new BadInputError('key', 'Já existe um campo com esta chave.');
    }
    const label = requiredName(input.id ? input.label : (input.label ?? ''), 'label');
    return ctx.services.audit.save(ctx.em, staff, CustomField, {
      load: input.id ? (tx) => getInScope(tx, staff, CustomField, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(CustomField, { company, key: input.key!, label: label! }),
      patch: { label, type: input.type, active: input.active, position: input.position },
    });
  }

  @FieldResolver(() => [DataChangeField], { description: 'R-DATA-3: original e proposto, campo a campo, com as diferenças marcadas.' })
  async fields(@Root() request: DataChangeRequest, @Ctx() ctx: Context): Promise<DataChangeField[]> {
    const customFields = await customFieldsOf(ctx, request.company.id);
    return Object.keys(request.proposed).map((field) => ({
      field, label: labelOf(field, customFields, ctx.locale), original: request.original[field] ?? null, proposed: request.proposed[field] ?? null,
      changed: (request.original[field] ?? null) !== (request.proposed[field] ?? null),
    }));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'O cliente (só para a equipe).' })
  customer(@Root() request: DataChangeRequest, @Ctx() ctx: Context) {
    return ctx.staff ? ctx.loaders.customer.load(request.customer.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'O e-mail proposto já é usado por outro cliente (só para a equipe: o cliente não fica sabendo).' })
  async emailInUse(@Root() request: DataChangeRequest, @Ctx() ctx: Context): Promise<boolean> {
    const email = request.proposed.email;
    if (!ctx.staff || !email || request.status !== DataChangeStatus.PENDING) return false;
    const customer = (await ctx.loaders.customer.load(request.customer.id))!;
    return ctx.services.dataChanges.emailInUse(ctx.em, customer, email);
  }

  @FieldResolver(() => String, { nullable: true })
  async decidedByName(@Root() request: DataChangeRequest, @Ctx() { loaders }: Context): Promise<string | null> {
    return request.decidedBy ? ((await loaders.account.load(request.decidedBy.id))?.name ?? null) : null;
  }
}

@Resolver(() => Customer)
export class CustomerDataResolver {
  @FieldResolver(() => [CustomFieldValue], { description: 'R-DATA-6: os campos personalizados ativos e seus valores.' })
  async customFieldValues(@Root() customer: Customer, @Ctx() ctx: Context): Promise<CustomFieldValue[]> {
    const fields = (await customFieldsOf(ctx, customer.company.id)).filter((f) => f.active);
    return fields.map((f) => ({ field: `custom.${f.key}`, label: f.label, type: f.type, value: currentValue(customer, `custom.${f.key}`) }));
  }

  @FieldResolver(() => Int, { description: 'A versão do cadastro (muda a cada alteração; R-DATA-5).' })
  version(@Root() customer: Customer): number {
    return customer.version;
  }
}
