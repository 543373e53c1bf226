import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AllowedBeforeTwoFactorSetup, StaffScope } from '../../../graphql/access.js';
import type { Context } from '../../../graphql/context.js';
import { Company } from '../../company/company.entity.js';
import { requireStaff, signedIn } from '../../visibility/scope.js';
import { Account } from '../account.entity.js';
import { AccountKind } from '../account.enums.js';

@ObjectType({ description: 'R-AUTH-8: a verificação em duas etapas da própria conta (equipe).' })
export class TwoFactorStatus {
  @Field(() => Boolean, { description: 'Ativa: ao entrar, além da senha, o código do aplicativo autenticador.' })
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt!: Date | null;

  @Field(() => Int, { description: 'Códigos de recuperação ainda não usados.' })
  recoveryCodesLeft!: number;

  @Field(() => Boolean, { description: 'A empresa exige a verificação em duas etapas desta conta (administradores, com a configuração ligada).' })
  required!: boolean;
}

@ObjectType({ description: 'R-AUTH-8: o que o aplicativo autenticador lê para começar.' })
export class TwoFactorEnrolment {
  @Field(() => String, { description: 'A chave, em grupos de quatro, para digitar no aplicativo se a câmera não ler o QR.' })
  secret!: string;

  @Field(() => String, { description: 'O endereço otpauth:// que o QR contém.' })
  otpauthUri!: string;

  @Field(() => String, { description: 'O código QR, em SVG.' })
  qrCodeSvg!: string;
}

/** R-AUTH-8: two-step verification for staff — their own ("Minha conta"), an ADMIN's reset of a colleague's, and the company's rule. */
@Resolver(() => Account)
export class TwoFactorResolver {
  @Access('STAFF')
  @AllowedBeforeTwoFactorSetup()
  @StaffScope('self')
  @Query(() => TwoFactorStatus, { description: 'R-AUTH-8: a verificação em duas etapas da minha conta.' })
  myTwoFactor(@Ctx() ctx: Context): Promise<TwoFactorStatus> {
    return ctx.services.twoFactor.status(ctx.em, signedIn(ctx).account.id);
  }

  @Access('STAFF')
  @AllowedBeforeTwoFactorSetup()
  @StaffScope('self')
  @Mutation(() => TwoFactorEnrolment, { description: 'R-AUTH-8: gera a chave e o QR para o aplicativo autenticador (ainda não ativa).' })
  startTwoFactorEnrolment(@Ctx() ctx: Context): Promise<TwoFactorEnrolment> {
    return ctx.services.twoFactor.start(ctx.em, signedIn(ctx));
  }

  @Access('STAFF')
  @AllowedBeforeTwoFactorSetup()
  @StaffScope('self')
  @Mutation(() => [String], { description: 'R-AUTH-8: ativa com o primeiro código do aplicativo; devolve os 10 códigos de recuperação, mostrados só agora.' })
  async confirmTwoFactorEnrolment(@Arg('twoFactorCode', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    const viewer = signedIn(ctx);
    const codes = await ctx.services.twoFactor.confirm(ctx.em, { account: viewer.account, ip: ctx.ip }, code);
    ctx.services.sessions.changed({ accountIds: [viewer.account.id] });
    return codes;
  }

  @Access('STAFF')
  @StaffScope('self')
  @Mutation(() => Boolean, { description: 'R-AUTH-8: desativa, com um código atual; as outras sessões da conta terminam. Recusado a administradores quando a empresa exige.' })
  async disableTwoFactor(@Arg('twoFactorCode', () => String) code: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = signedIn(ctx);
    await ctx.services.twoFactor.disable(ctx.em, { account: viewer.account, session: viewer.session, ip: ctx.ip }, code);
    ctx.services.sessions.changed({ accountIds: [viewer.account.id] });
    return true;
  }

  @Access('STAFF')
  @StaffScope('self')
  @Mutation(() => [String], { description: 'R-AUTH-8: novos 10 códigos de recuperação (os anteriores deixam de valer), com um código atual.' })
  regenerateRecoveryCodes(@Arg('twoFactorCode', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.twoFactor.regenerate(ctx.em, { account: signedIn(ctx).account, ip: ctx.ip }, code);
  }

  @Access('ADMIN')
  @StaffScope('Account (company-wide)')
  @Mutation(() => Account, { description: 'R-AUTH-8: redefine a verificação em duas etapas de outra pessoa da equipe (aparelho perdido); as sessões dela terminam (auditado).' })
  resetStaffTwoFactor(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context): Promise<Account> {
    return ctx.services.twoFactor.reset(ctx.em, requireStaff(ctx), accountId);
  }

  @Access('ADMIN')
  @StaffScope('Company (write)')
  @Mutation(() => Company, { description: 'R-AUTH-8: exige a verificação em duas etapas de todos os administradores (auditado).' })
  setRequireAdminTwoFactor(@Arg('requireAdminTwoFactor', () => Boolean) required: boolean, @Ctx() ctx: Context): Promise<Company> {
    return ctx.services.twoFactor.setRequired(ctx.em, requireStaff(ctx), required);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'R-AUTH-8: a pessoa da equipe entra com verificação em duas etapas (só para a equipe; nulo para clientes e síndicos).' })
  twoFactorEnabled(@Root() account: Account, @Ctx() ctx: Context): boolean | null {
    if (account.kind !== AccountKind.STAFF || !ctx.staff) return null;
    return Boolean(account.totpEnabledAt);
  }
}
