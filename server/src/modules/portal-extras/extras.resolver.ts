import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Customer } from '../customers/customer.entity.js';
import { fileUrl, thumbnailUrl } from '../files/stored-file.entity.js';
import { sessionPortal } from '../finance/finance.resolver.js';
import { portalScope, requireStaff, signedIn } from '../visibility/scope.js';
import { confirmMyAddress, latestConfirmations, myAddressStatus, type AddressStatus } from './address-confirmation.service.js';
import { Banner } from './banner.entity.js';
import { deleteBanner, portalBanners, saveBanner, visibleBanners } from './banner.service.js';
import { Benefit } from './benefit.entity.js';
import { customerBenefits, deleteBenefit, portalBenefits, saveBenefit } from './benefit.service.js';
import { AddPendingDocumentationInput, BannerInput, BenefitInput, ReferFriendInput } from './extras.input.js';
import { PendingDocumentation, PendingDocumentationKind } from './pending-documentation.entity.js';
import { addPendingDocumentation, customerPendingDocumentation, myPendingDocumentation, resolvePendingDocumentation } from './pending-documentation.service.js';
import { Referral } from './referral.entity.js';
import { myReferrals, referFriend, referralDevelopments } from './referral.service.js';
import { logPersonalDataRead } from '../privacy/access-log.js';
import { PersonalDataKind } from '../privacy/privacy.enums.js';

/** The customer's scope (these features are for customers: a syndic has no customer record). */
function customerScope(ctx: Context) {
  const scope = portalScope(ctx);
  if (!scope.customerId) throw new ForbiddenError('Este recurso é para clientes.');
  return { ...scope, customerId: scope.customerId };
}

@ObjectType({ description: 'Confirmação de endereço: o endereço do cadastro do cliente e quando ele o confirmou.' })
class AddressStatusView {
  @Field(() => String, { nullable: true, description: 'O endereço do cadastro, numa linha (vazio: nenhum endereço cadastrado).' }) address!: string | null;
  @Field(() => Date, { nullable: true, description: 'Quando o cliente confirmou este endereço (uma alteração posterior do cadastro anula a confirmação).' }) confirmedAt!: Date | null;
}

@ObjectType({ description: 'Um empreendimento que o cliente pode escolher (nome e id).' })
class DevelopmentOption {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

const addressLine = (c: Customer): string | null => {
  const street = [c.street, c.streetNumber].filter(Boolean).join(', ');
  const parts = [street, c.complement, c.district, [c.city, c.state].filter(Boolean).join('/'), c.postalCode ? `CEP ${c.postalCode}` : null].filter((p) => p && String(p).trim());
  return parts.length ? parts.join(' — ') : null;
};
const statusView = (s: AddressStatus): AddressStatusView => ({ address: addressLine(s.customer), confirmedAt: s.confirmedAt });

@Resolver(() => Banner)
export class BannerResolver {
  @Access('CUSTOMER')
  @Query(() => [Banner], { description: 'Os banners que o cliente vê agora na página inicial: ativos, no período (São Paulo) e para um empreendimento de uma unidade que ele vê.' })
  myBanners(@Ctx() ctx: Context): Promise<Banner[]> {
    return visibleBanners(ctx.em, customerScope(ctx));
  }

  @Access('STAFF')
  @StaffScope('Portal, Banner')
  @Query(() => [Banner], { description: 'Todos os banners de um portal (ativos ou não, em qualquer período), para editar.' })
  portalBanners(@Arg('portalId', () => ID) portalId: string, @Ctx() ctx: Context): Promise<Banner[]> {
    return portalBanners(ctx.em, requireStaff(ctx), portalId);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), Banner, StoredFile')
  @Mutation(() => Banner, { description: 'R-SET-2: cria ou altera um banner (auditado).' })
  saveBanner(@Arg('input', () => BannerInput) input: BannerInput, @Ctx() ctx: Context): Promise<Banner> {
    return saveBanner(ctx.em, { staff: requireStaff(ctx), files: ctx.services.files, audit: ctx.services.audit }, input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), Banner')
  @Mutation(() => Boolean, { description: 'R-SET-2: exclui um banner e sua imagem (auditado).' })
  deleteBanner(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteBanner(ctx.em, { staff: requireStaff(ctx), files: ctx.services.files, audit: ctx.services.audit }, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A imagem (em /files, para quem vê o banner).' })
  imageUrl(@Root() banner: Banner): string | null {
    return banner.image ? fileUrl(banner.image.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A miniatura da imagem.' })
  thumbnailUrl(@Root() banner: Banner): string | null {
    return banner.image?.thumbnailSize != null ? thumbnailUrl(banner.image.id) : null;
  }

  @FieldResolver(() => [ID], { description: 'O público (para a equipe): os empreendimentos escolhidos; vazio: todos os clientes do portal. Para o cliente, sempre vazio.' })
  developmentIds(@Root() banner: Banner, @Ctx() ctx: Context): string[] {
    return ctx.staff && banner.developments.isInitialized() ? banner.developments.getItems().map((d) => d.id) : [];
  }
}

@Resolver(() => Benefit)
export class BenefitResolver {
  @Access('CUSTOMER')
  @Query(() => [Benefit], { description: 'Portal de benefícios: as ofertas ativas dos parceiros. R-SET-1: FEATURE_DISABLED com "Exibir portal de benefícios" desligado.' })
  benefits(@Ctx() ctx: Context): Promise<Benefit[]> {
    customerScope(ctx);
    return customerBenefits(ctx.em, sessionPortal(ctx));
  }

  @Access('STAFF')
  @StaffScope('Portal, Benefit')
  @Query(() => [Benefit], { description: 'Todos os benefícios de um portal (ativos ou não), para editar.' })
  portalBenefits(@Arg('portalId', () => ID) portalId: string, @Ctx() ctx: Context): Promise<Benefit[]> {
    return portalBenefits(ctx.em, requireStaff(ctx), portalId);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), Benefit')
  @Mutation(() => Benefit, { description: 'R-SET-2: cria ou altera um benefício (auditado).' })
  saveBenefit(@Arg('input', () => BenefitInput) input: BenefitInput, @Ctx() ctx: Context): Promise<Benefit> {
    return saveBenefit(ctx.em, requireStaff(ctx), ctx.services.audit, input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), Benefit')
  @Mutation(() => Boolean, { description: 'R-SET-2: exclui um benefício (auditado).' })
  deleteBenefit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteBenefit(ctx.em, requireStaff(ctx), ctx.services.audit, id);
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Access('CUSTOMER')
  @Mutation(() => Referral, { description: 'Indique um amigo: envia a indicação à incorporadora (pela fila de mensagens lida pelo CRM/ERP, tópico referral.created). R-SET-1: FEATURE_DISABLED com "Exibir indique um amigo" desligado.' })
  referFriend(@Arg('input', () => ReferFriendInput) input: ReferFriendInput, @Ctx() ctx: Context): Promise<Referral> {
    return referFriend(ctx.em, customerScope(ctx), signedIn(ctx).account.company.id, sessionPortal(ctx), input);
  }

  @Access('CUSTOMER')
  @Query(() => [DevelopmentOption], { description: 'Indique um amigo: os empreendimentos do portal, para o cliente dizer qual interessa ao amigo.' })
  referFriendDevelopments(@Ctx() ctx: Context): Promise<DevelopmentOption[]> {
    return referralDevelopments(ctx.em, sessionPortal(ctx));
  }

  @Access('CUSTOMER')
  @Query(() => [Referral], { description: 'As indicações do cliente neste portal, mais recentes primeiro.' })
  myReferrals(@Ctx() ctx: Context): Promise<Referral[]> {
    return myReferrals(ctx.em, customerScope(ctx), sessionPortal(ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: 'O empreendimento de interesse.' })
  developmentName(@Root() referral: Referral): string | null {
    return referral.development?.name ?? null;
  }
}

@Resolver(() => PendingDocumentation)
export class PendingDocumentationResolver {
  @Access('CUSTOMER')
  @Query(() => [PendingDocumentation], {
    description: 'Ao entrar: as propostas (PROPOSAL) ou os pré-cadastros (PRE_REGISTRATION) do cliente com documentação pendente. R-SET-1: FEATURE_DISABLED com "Exibir propostas pendentes" / "Exibir pré-cadastros pendentes" desligado.',
  })
  myPendingDocumentation(@Arg('kind', () => PendingDocumentationKind) kind: PendingDocumentationKind, @Ctx() ctx: Context): Promise<PendingDocumentation[]> {
    return myPendingDocumentation(ctx.em, customerScope(ctx), sessionPortal(ctx), kind);
  }

  @Access('STAFF')
  @StaffScope('Customer, PendingDocumentation')
  @Query(() => [PendingDocumentation], { description: 'Os documentos pendentes (resolvidos ou não) de propostas e pré-cadastros de um cliente.' })
  async customerPendingDocumentation(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context): Promise<PendingDocumentation[]> {
    const rows = await customerPendingDocumentation(ctx.em, requireStaff(ctx), customerId);
    await logPersonalDataRead(ctx.em, requireStaff(ctx), customerId, PersonalDataKind.DOCUMENTS, ctx.services.clock.now());
    return rows;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Customer, Development')
  @Mutation(() => PendingDocumentation, { description: 'Registra um documento pendente de uma proposta ou pré-cadastro do cliente (auditado).' })
  addPendingDocumentation(@Arg('input', () => AddPendingDocumentationInput) input: AddPendingDocumentationInput, @Ctx() ctx: Context): Promise<PendingDocumentation> {
    return addPendingDocumentation(ctx.em, requireStaff(ctx), ctx.services.audit, input, ctx.services.clock.now());
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('PendingDocumentation')
  @Mutation(() => PendingDocumentation, { description: 'Marca um documento pendente como recebido: o cliente deixa de ser avisado (auditado).' })
  resolvePendingDocumentation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PendingDocumentation> {
    return resolvePendingDocumentation(ctx.em, requireStaff(ctx), ctx.services.audit, id, ctx.services.clock.now());
  }

  @FieldResolver(() => String, { description: 'O empreendimento da proposta ou do pré-cadastro.' })
  developmentName(@Root() row: PendingDocumentation): string {
    return row.development.name;
  }
}

@Resolver(() => Customer)
export class AddressConfirmationResolver {
  @Access('CUSTOMER')
  @Query(() => AddressStatusView, { description: 'Confirmação de endereço: o endereço do cadastro e se o cliente já o confirmou. R-SET-1: FEATURE_DISABLED com "Exibir confirmação de endereço" desligado.' })
  async myAddressStatus(@Ctx() ctx: Context): Promise<AddressStatusView> {
    return statusView(await myAddressStatus(ctx.em, customerScope(ctx), sessionPortal(ctx)));
  }

  @Access('CUSTOMER')
  @Mutation(() => AddressStatusView, { description: '"Confirmar endereço": o cliente diz que o endereço do cadastro está atual (para mudá-lo, use a alteração cadastral, R-DATA-1).' })
  async confirmMyAddress(@Ctx() ctx: Context): Promise<AddressStatusView> {
    return statusView(await confirmMyAddress(ctx.em, customerScope(ctx), sessionPortal(ctx)));
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Para a equipe: quando o cliente confirmou no portal o endereço que está no cadastro (vazio: nunca, ou o endereço mudou depois).' })
  async addressConfirmedAt(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Date | null> {
    if (!ctx.staff) return null;
    return (await latestConfirmations(ctx.em, [customer])).get(customer.id) ?? null;
  }
}
