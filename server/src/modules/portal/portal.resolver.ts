import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ShowsImpact } from '../visibility/impact/impact.middleware.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Development, DevelopmentStatus } from '../developments/development.entity.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { HealthIssue, issueIn, portalHealth } from './health-check.js';
import { PortalDomain } from './portal-domain.entity.js';
import { CreatePortalInput, PortalDomainInput, PortalSettingInfo, PortalSettingsInput } from './portal-settings.input.js';
import { PORTAL_SETTINGS, PORTAL_SETTINGS_EN, SlaUnit } from './portal-settings.js';
import { Portal } from './portal.entity.js';

@Resolver(() => Portal)
export class PortalResolver {
  @Access('PUBLIC')
  @Query(() => Portal, { nullable: true, description: 'O portal deste endereço, para a tela de entrada (R-PORTAL-4); null se nenhum.' })
  currentPortal(@Ctx() ctx: Context): Promise<Portal | null> {
    return ctx.portal();
  }

  @Access('STAFF')
  @StaffScope('Portal')
  @Query(() => [Portal], { description: 'Os portais da empresa (R-OPS-4: os que atendem empreendimentos de quem pergunta).' })
  portals(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Arg('developmentStatus', () => DevelopmentStatus, { nullable: true, description: 'Portais que atendem algum empreendimento nesta situação.' }) developmentStatus: DevelopmentStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Portal[]> {
    const term = search?.trim();
    return findInScope(
      ctx.em,
      requireStaff(ctx),
      Portal,
      {
        ...(active === null || active === undefined ? {} : { active }),
        ...(term ? { name: { $ilike: `%${term.replace(/[\\%_]/g, '\\$&')}%` } } : {}),
        ...(developmentStatus ? { developments: { status: developmentStatus } } : {}),
      },
      { orderBy: { name: 'asc' } },
    );
  }

  @Access('STAFF')
  @StaffScope('Portal')
  @Query(() => Portal)
  portal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Portal> {
    return getInScope(ctx.em, requireStaff(ctx), Portal, id);
  }

  @Access('STAFF')
  @StaffScope('static')
  @Query(() => [PortalSettingInfo], { description: 'Todas as configurações de portal, agrupadas como nas fontes, com ajuda.' })
  portalSettingsCatalog(@Ctx() ctx: Context): PortalSettingInfo[] {
    return PORTAL_SETTINGS.map((s) => ({ ...s, ...(ctx.locale === 'en' ? PORTAL_SETTINGS_EN[s.key] : {}) }));
  }

  @Access('STAFF')
  @StaffScope('Portal (issues of developments within the limit)')
  @Query(() => [HealthIssue], { description: 'R-EXPLAIN-3: o que vai surpreender os clientes deste portal, com onde corrigir.' })
  async portalHealth(
    @Arg('portalId', () => ID) portalId: string,
    @Arg('validationDays', () => Int, { defaultValue: 15, description: 'Contratos assinados e não validados há mais que estes dias.' }) validationDays: number,
    @Ctx() ctx: Context,
  ): Promise<HealthIssue[]> {
    const staff = requireStaff(ctx);
    const findings = await portalHealth(ctx.em, staff, await getInScope(ctx.em, staff, Portal, portalId), validationDays, ctx.services.clock.now());
    return findings.map((finding) => issueIn(finding, ctx.locale));
  }

  @Access('ADMIN')
  @StaffScope('Portal (company-wide), Development')
  @Mutation(() => Portal, { description: 'R-PORTAL-1: novo portal (cada obra tem no máximo um).' })
  createPortal(@Arg('input', () => CreatePortalInput) input: CreatePortalInput, @Ctx() ctx: Context) {
    return ctx.services.portals.create(ctx.em, requireStaff(ctx), input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write)')
  @ShowsImpact()
  @Mutation(() => Portal, { description: 'R-SET-2: altera configurações do portal (auditado com antes e depois).' })
  updatePortalSettings(@Arg('portalId', () => ID) portalId: string, @Arg('input', () => PortalSettingsInput) input: PortalSettingsInput, @Ctx() ctx: Context) {
    return ctx.services.portals.updateSettings(ctx.em, requireStaff(ctx), portalId, input);
  }

  @Access('ADMIN')
  @StaffScope('Portal (write)')
  @ShowsImpact()
  @Mutation(() => Portal, { description: 'R-PORTAL-2: ativa ou inativa o portal (os dados ficam).' })
  setPortalActive(@Arg('portalId', () => ID) portalId: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context) {
    return ctx.services.portals.setActive(ctx.em, requireStaff(ctx), portalId, active);
  }

  @Access('ADMIN')
  @StaffScope('Portal (write)')
  @Mutation(() => Boolean, { description: 'R-PORTAL-2: exclui o portal para sempre; confirme digitando o nome dele.' })
  deletePortal(@Arg('portalId', () => ID) portalId: string, @Arg('confirmName', () => String) confirmName: string, @Ctx() ctx: Context) {
    return ctx.services.portals.delete(ctx.em, requireStaff(ctx), portalId, confirmName);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), Development')
  @ShowsImpact()
  @Mutation(() => Portal, { description: 'R-PORTAL-1: os empreendimentos que o portal atende.' })
  setPortalDevelopments(@Arg('portalId', () => ID) portalId: string, @Arg('developmentIds', () => [ID]) developmentIds: string[], @Ctx() ctx: Context) {
    return ctx.services.portals.setDevelopments(ctx.em, requireStaff(ctx), portalId, developmentIds);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), Development')
  @ShowsImpact()
  @Mutation(() => PortalDomain, { description: 'R-PORTAL-3: adiciona ou altera um endereço do portal e seus empreendimentos.' })
  savePortalDomain(@Arg('input', () => PortalDomainInput) input: PortalDomainInput, @Ctx() ctx: Context) {
    return ctx.services.portals.saveDomain(ctx.em, requireStaff(ctx), input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('PortalDomain (write)')
  @ShowsImpact()
  @Mutation(() => Boolean)
  removePortalDomain(@Arg('domainId', () => ID) domainId: string, @Ctx() ctx: Context) {
    return ctx.services.portals.removeDomain(ctx.em, requireStaff(ctx), domainId);
  }

  @FieldResolver(() => Int, { description: 'R-REQ-5: o SLA na unidade escolhida pelo administrador.' })
  finishedAssistanceSla(@Root() portal: Portal): number {
    return Math.round(portal.finishedAssistanceSlaMinutes / (portal.finishedAssistanceSlaUnit === SlaUnit.HOURS ? 60 : 1440));
  }

  @FieldResolver(() => [Development], { description: 'R-PORTAL-1: os empreendimentos atendidos (só para a equipe).' })
  async developments(@Root() portal: Portal, @Ctx() ctx: Context): Promise<Development[]> {
    const { staff } = ctx;
    if (!staff) return [];
    const developments = await ctx.loaders.developmentsOfPortal.load(portal.id);
    return staff.developmentIds ? developments.filter((d) => staff.developmentIds!.includes(d.id)) : developments;
  }

  @FieldResolver(() => [PortalDomain], { description: 'R-PORTAL-3: os endereços e seus vínculos (só para a equipe).' })
  async domains(@Root() portal: Portal, @Ctx() ctx: Context): Promise<PortalDomain[]> {
    if (!ctx.staff) return [];
    return ctx.em.find(PortalDomain, { portal: portal.id }, { populate: ['developments'], orderBy: { hostname: 'asc' } });
  }
}

@Resolver(() => PortalDomain)
export class PortalDomainResolver {
  @FieldResolver(() => [Development])
  async developments(@Root() domain: PortalDomain): Promise<Development[]> {
    await domain.developments.init();
    return domain.developments.getItems().sort((a, b) => a.name.localeCompare(b.name, 'pt-BR'));
  }
}
