import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Syndic } from '../syndics/syndic.entity.js';
import { Account } from './account.entity.js';
import { AccountKind } from './account.enums.js';
import { CreateStaffAccountInput } from './staff-account.input.js';

const staffOf = (ctx: Context) => (ctx.viewer as Extract<Context['viewer'], { kind: 'account' }>).account;

@Resolver(() => Account)
export class AccountResolver {
  @Access('STAFF')
  @Query(() => Account, { description: 'Uma conta da empresa (cliente, síndico ou equipe).' })
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    const account = await ctx.em.findOne(Account, { id, company: staffOf(ctx).company });
    if (!account) throw new NotFoundError('Conta');
    return account;
  }

  @Access('STAFF')
  @Mutation(() => Account, { description: 'R-AUTH-2: reativa um acesso (permissão REACTIVATE_LOGIN).' })
  reactivateLogin(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.auth.reactivateLogin(ctx, accountId);
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Account, { description: 'R-AUTH-5: envia (ou reenvia) o convite para criar a senha.' })
  sendInvitation(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('portalId', () => ID, { nullable: true }) portalId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    return ctx.services.auth.sendInvitation(ctx, accountId, portalId);
  }

  @Access('ADMIN')
  @Mutation(() => Account, { description: 'R-OPS-4: novo membro da equipe, com papel, permissões e validade.' })
  createStaffAccount(@Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.auth.createStaffAccount(ctx, input);
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
