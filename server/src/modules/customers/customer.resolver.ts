import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import { ConnectionType, decodeCursor, encodeCursor, pageSize, toConnection, afterCursor } from '../../graphql/connection.js';
import { listCost } from '../../graphql/limits/cost.js';
import type { Context } from '../../graphql/context.js';
import { requiredName } from '../audit/audited-change.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { normalizeEmail } from '../auth/login-identifier.js';
import { Contract } from '../contracts/contract.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { linkOrigin } from '../auth/link-origin.js';
import { assertCompanyWide, findInScope, getInScope } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { parsePhone } from '../../input/brazil.js';
import { AssociationType } from './association-type.entity.js';
import { Customer } from './customer.entity.js';
import { parseDocument } from './document.js';
import { Reservation } from './reservation.entity.js';
import { logPersonalDataRead } from '../privacy/access-log.js';
import { PersonalDataKind } from '../privacy/privacy.enums.js';

@ObjectType()
export class CustomerConnection extends ConnectionType(Customer, 'Customer') {}

export enum ParticipationRole {
  HOLDER = 'HOLDER',
  ASSOCIATE = 'ASSOCIATE',
}
registerEnumType(ParticipationRole, { name: 'ParticipationRole', description: 'Titular ou associado de uma reserva.' });

@ObjectType({ description: 'Como um cliente participa de uma reserva.' })
export class Participation {
  @Field(() => Reservation) reservation!: Reservation;
  @Field(() => Unit) unit!: Unit;
  @Field(() => ParticipationRole) role!: ParticipationRole;
  @Field(() => AssociationType, { nullable: true }) associationType!: AssociationType | null;
}

@InputType({ description: 'Cadastrar um cliente (com acesso ao portal, sem senha: ele a cria pelo convite).' })
export class CreateCustomerInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'CPF ou CNPJ (numérico ou alfanumérico), com ou sem pontuação.' }) document!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Enviar o convite de primeiro acesso agora.' }) invite!: boolean;
}

@ArgsType()
class CustomersArgs {
  @Field(() => String, { nullable: true, description: 'Parte do nome, do e-mail ou do CPF/CNPJ.' }) search?: string | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Access('STAFF')
  @StaffScope('Customer')
  @Query(() => CustomerConnection, { description: 'Os clientes da empresa, mais recentes primeiro (R-OPS-4: só os dos empreendimentos de quem pergunta).' })
  async customers(@Args(() => CustomersArgs) { search, first, after }: CustomersArgs, @Ctx() ctx: Context) {
    const size = pageSize(first);
    const where: Record<string, unknown>[] = [];
    const term = search?.trim();
    if (term) {
      const like = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
      const digits = term.replace(/[.\-/\s]/g, '').toUpperCase();
      where.push({ $or: [{ name: { $ilike: like } }, { email: { $ilike: like } }, ...(digits ? [{ document: { $like: `%${digits.replace(/[\\%_]/g, '\\$&')}%` } }] : [])] });
    }
    if (after) {
      const cursor = decodeCursor(after);
      where.push(afterCursor('createdAt', cursor));
    }
    const rows = await findInScope(ctx.em, requireStaff(ctx), Customer, { $and: where }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    return toConnection(rows, size, (c) => encodeCursor(c.createdAt, c.id));
  }

  @Access('STAFF')
  @StaffScope('Customer')
  @Query(() => Customer)
  async customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Customer> {
    const customer = await getInScope(ctx.em, requireStaff(ctx), Customer, id);
    await logPersonalDataRead(ctx.em, requireStaff(ctx), customer.id, PersonalDataKind.PROFILE, ctx.services.clock.now());
    return customer;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Customer (company-wide: a new customer belongs to no development yet)')
  @Mutation(() => Customer, { description: 'Cadastra um cliente e sua conta de acesso (CPF/CNPJ validado pelos dígitos).' })
  async createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: Context): Promise<Customer> {
    const staff = requireStaff(ctx);
    assertCompanyWide(staff);
    const company = staff.companyId;
    const name = requiredName(input.name)!;
    const document = parseDocument(input.document, 'document');
    const email = normalizeEmail(input.email, 'email');
    const phone = input.phone?.trim() ? parsePhone(input.phone, 'phone') : null;
    if (await ctx.em.count(Customer, { company, document })) throw new BadInputError('document', 'Já existe um cliente com este CPF/CNPJ.');
    if (await ctx.em.count(Account, { company, kind: AccountKind.CUSTOMER, email })) throw new BadInputError('email', 'Já existe um acesso de cliente com este e-mail.');
    const { customer, account } = await ctx.em.transactional(async (tx) => {
      const customer = tx.create(Customer, { company, name, document, email, phone });
      const account = tx.create(Account, { company, kind: AccountKind.CUSTOMER, name, email, document, customer });
      ctx.services.audit.staffChange(tx, staff, { action: 'customer.create', targetType: 'Customer', targetId: customer.id, after: { name, document, email } });
      return { customer, account };
    });
    if (input.invite) await ctx.services.auth.sendInvitation(ctx.em, staff, linkOrigin(ctx), account.id);
    return customer;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'O acesso do cliente ao portal (só para a equipe).' })
  async account(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Account | null> {
    return ctx.staff ? ((await ctx.loaders.accountsOfCustomer.load(customer.id))[0] ?? null) : null;
  }

  @FieldResolver(() => [Participation], { description: 'As reservas de que o cliente participa, como titular ou associado (só para a equipe; R-OPS-4: só nos empreendimentos de quem pergunta).', complexity: listCost(5) })
  async participations(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Participation[]> {
    const { staff } = ctx;
    if (!staff) return [];
    const { loaders } = ctx;
    const [held, associated] = await Promise.all([loaders.reservationsOfHolder.load(customer.id), loaders.associationsOfCustomer.load(customer.id)]);
    const asAssociate = await Promise.all(associated.map(async (a) => ({ a, reservation: (await loaders.reservation.load(a.reservation.id))! })));
    const participations = [
      ...held.map((reservation) => ({ reservation, role: ParticipationRole.HOLDER, associationType: null as AssociationType | null })),
      ...(await Promise.all(asAssociate.map(async ({ a, reservation }) => ({
        reservation, role: ParticipationRole.ASSOCIATE, associationType: await loaders.associationType.load(a.associationType.id),
      })))),
    ];
    const withUnits = await Promise.all(participations.map(async (p) => ({ ...p, unit: (await loaders.unit.load(p.reservation.unit.id))! })));
    return staff.developmentIds ? withUnits.filter((p) => staff.developmentIds!.includes(p.unit.development.id)) : withUnits;
  }
}

@Resolver(() => Reservation)
export class ReservationFieldsResolver {
  @FieldResolver(() => [Contract], { description: 'Os contratos da reserva (só para a equipe).', complexity: listCost(5) })
  async contracts(@Root() reservation: Reservation, @Ctx() ctx: Context): Promise<Contract[]> {
    if (!ctx.staff) return [];
    return ctx.loaders.contractsOfReservation.load(reservation.id);
  }
}
