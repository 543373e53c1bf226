import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { applyPatch } from '../audit/audited-change.js';
import { Development } from '../developments/development.entity.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Syndic } from '../syndics/syndic.entity.js';
import { assertCompanyWide, developmentsInScope, findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { linkOrigin } from './link-origin.js';
import { Account } from './account.entity.js';
import { AccountKind } from './account.enums.js';
import { CreateStaffAccountInput, UpdateStaffAccountInput } from './staff-account.input.js';
import { logPersonalDataRead } from '../privacy/access-log.js';
import { PersonalDataKind } from '../privacy/privacy.enums.js';

@Resolver(() => Account)
export class AccountResolver {
  @Access('STAFF')
  @StaffScope('Account')
  @Query(() => Account, { description: 'Uma conta da empresa (cliente, síndico ou equipe).' })
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    const account = await getInScope(ctx.em, requireStaff(ctx), Account, id);
    await logPersonalDataRead(ctx.em, requireStaff(ctx), account.customer?.id, PersonalDataKind.PROFILE, ctx.services.clock.now());
    return account;
  }

  @Access('STAFF')
  @StaffScope('Account')
  @Mutation(() => Account, { description: 'R-AUTH-2: reativa um acesso (permissão REACTIVATE_LOGIN).' })
  reactivateLogin(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.auth.reactivateLogin(ctx.em, requireStaff(ctx), accountId);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Account, Portal')
  @Mutation(() => Account, { description: 'R-AUTH-5: envia (ou reenvia) o convite para criar a senha.' })
  sendInvitation(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('portalId', () => ID, { nullable: true }) portalId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    return ctx.services.auth.sendInvitation(ctx.em, requireStaff(ctx), linkOrigin(ctx), accountId, portalId);
  }

  @Access('ADMIN')
  @StaffScope('Account (company-wide), Development')
  @Mutation(() => Account, { description: 'R-OPS-4: novo membro da equipe, com papel, permissões, validade e empreendimentos.' })
  async createStaffAccount(@Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput, @Ctx() ctx: Context): Promise<Account> {
    const staff = requireStaff(ctx);
    const developments = await developmentsInScope(ctx.em, staff, input.developmentIds);
    return ctx.services.auth.createStaffAccount(ctx.em, staff, linkOrigin(ctx), { ...input, developments });
  }

  @Access('ADMIN')
  @StaffScope('Account')
  @Query(() => [Account], { description: 'A equipe da empresa.' })
  staffAccounts(@Ctx() ctx: Context): Promise<Account[]> {
    return findInScope(ctx.em, requireStaff(ctx), Account, { kind: AccountKind.STAFF }, { orderBy: { name: 'asc' } });
  }

  @Access('ADMIN')
  @StaffScope('Account (company-wide), Development')
  @Mutation(() => Account, { description: 'R-OPS-4: papel, permissões, validade e empreendimentos de um membro da equipe (auditado).' })
  async updateStaffAccount(@Arg('input', () => UpdateStaffAccountInput) input: UpdateStaffAccountInput, @Ctx() ctx: Context): Promise<Account> {
    const staff = requireStaff(ctx);
    const developments = input.developmentIds ? await developmentsInScope(ctx.em, staff, input.developmentIds) : undefined;
    if (input.expiresAt && input.expiresAt <= ctx.services.clock.now()) throw new BadInputError('expiresAt', 'A data de expiração deve estar no futuro.');
    const updated = await ctx.em.transactional(async (tx) => {
      const account = await getInScope(tx, staff, Account, { id: input.id, kind: AccountKind.STAFF }, { ...LOCKED_WRITE, populate: ['developments'] });
      assertCompanyWide(staff);
      const beforeDevelopments = account.developments.getItems().map((d) => d.id).sort();
      const { before, after } = applyPatch(account, {
        staffRole: input.role, permissions: input.permissions ? [...new Set(input.permissions)] : undefined, expiresAt: input.expiresAt,
      });
      if (developments) {
        const next = developments.map((d) => d.id).sort();
        if (JSON.stringify(next) !== JSON.stringify(beforeDevelopments)) {
          before.developmentIds = beforeDevelopments;
          after.developmentIds = next;
          account.developments.set(developments);
        }
      }
      if (Object.keys(after).length) ctx.services.audit.staffChange(tx, staff, { action: 'staff.update', targetType: 'Account', targetId: account.id, before, after });
      return account;
    });
    // Their sessions carry the role, permissions, expiry and development limit.
    ctx.services.sessions.changed({ accountIds: [updated.id] });
    return updated;
  }

  @FieldResolver(() => [Development], { description: 'R-OPS-4: os empreendimentos a que este membro da equipe está limitado (vazio: todos).' })
  async developments(@Root() account: Account, @Ctx() ctx: Context): Promise<Development[]> {
    if (account.kind !== AccountKind.STAFF || !ctx.staff) return [];
    return ctx.loaders.developmentsOfStaff.load(account.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'O cadastro do cliente por trás deste acesso.' })
  customer(@Root() account: Account, @Ctx() { loaders }: Context) {
    return account.customer ? loaders.customer.load(account.customer.id) : null;
  }

  @FieldResolver(() => Syndic, { nullable: true, description: 'O síndico por trás deste acesso.' })
  syndic(@Root() account: Account, @Ctx() { loaders }: Context) {
    return account.syndic ? loaders.syndic.load(account.syndic.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'R-AUTH-4: o portal pede que o cliente confirme seus dados antes de tudo.' })
  async needsDataConfirmation(@Root() account: Account, @Ctx() ctx: Context): Promise<boolean> {
    if (account.kind !== AccountKind.CUSTOMER || account.dataConfirmedAt) return false;
    const portal = ctx.viewer.kind === 'account' && ctx.viewer.account.id === account.id ? await ctx.portal() : null;
    return Boolean(portal?.requireDataConfirmation);
  }

  @FieldResolver(() => String, { nullable: true, description: 'R-WORK-4: nesta sessão, quem da equipe está vendo o portal como este cliente.' })
  async viewedByName(@Root() account: Account, @Ctx() ctx: Context): Promise<string | null> {
    const { viewer } = ctx;
    if (viewer.kind !== 'account' || viewer.account.id !== account.id || !viewer.session.viewedBy) return null;
    return (await ctx.loaders.account.load(viewer.session.viewedBy.id))?.name ?? null;
  }

  @FieldResolver(() => Company)
  async company(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Company> {
    return (await loaders.company.load(account.company.id))!;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'R-AUTH-2: quem desativou o acesso (o próprio cliente ou a equipe).' })
  async deactivatedBy(@Root() account: Account, @Ctx() { loaders, viewer }: Context): Promise<Account | null> {
    if (!account.deactivatedBy) return null;
    if (viewer.kind !== 'account' || viewer.account.kind !== AccountKind.STAFF) return null;
    return loaders.account.load(account.deactivatedBy.id);
  }
}
