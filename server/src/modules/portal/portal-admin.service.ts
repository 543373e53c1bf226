import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, NotFoundError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import { applyPatch, auditChange } from '../audit/audited-change.js';
import { Development, DevelopmentKind } from '../developments/development.entity.js';
import { staffOf } from '../visibility/scope.js';
import { PortalDomain } from './portal-domain.entity.js';
import type { CreatePortalInput, PortalDomainInput, PortalSettingsInput } from './portal-settings.input.js';
import { SlaUnit } from './portal-settings.js';
import { Portal } from './portal.entity.js';

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
const MINUTES = { [SlaUnit.HOURS]: 60, [SlaUnit.DAYS]: 24 * 60 };

/** Staff configure portals: settings (R-SET-2 audited), activation (R-PORTAL-2), developments (R-PORTAL-1), domains (R-PORTAL-3). */
export class PortalAdminService {
  async find(ctx: Context, id: string): Promise<Portal> {
    const portal = await ctx.em.findOne(Portal, { id, company: staffOf(ctx)!.company });
    if (!portal) throw new NotFoundError('Portal');
    return portal;
  }

  async create(ctx: Context, input: CreatePortalInput): Promise<Portal> {
    const staff = staffOf(ctx)!;
    const name = input.name.trim();
    if (!name) throw new BadInputError('name', 'Informe o nome do portal.');
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) throw new BadInputError('slug', 'Use letras minúsculas, números e hífens (até 50).');
    if (await ctx.em.count(Portal, { slug })) throw new BadInputError('slug', 'Já existe um portal com este nome curto.');
    const developments = await this.developments(ctx.em, staff.company.id, input.developmentIds);
    return ctx.em.transactional(async (tx) => {
      const portal = tx.create(Portal, { company: staff.company, name, slug });
      portal.developments.set(developments);
      await this.assertOnePortalPerWork(tx, portal, developments);
      auditChange(ctx, tx, { action: 'portal.create', targetType: 'Portal', targetId: portal.id, after: { name, slug, developmentIds: developments.map((d) => d.id) } });
      return portal;
    });
  }

  /** R-SET-2: every change recorded with its before and after values. */
  async updateSettings(ctx: Context, portalId: string, input: PortalSettingsInput): Promise<Portal> {
    const portal = await this.find(ctx, portalId);
    const { finishedAssistanceSla, finishedAssistanceSlaUnit, ...rest } = input;
    const patch: Partial<Portal> = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined) continue;
      if (key === 'name') {
        if (typeof value !== 'string' || !value.trim()) throw new BadInputError('name', 'Informe o nome do portal.');
        patch.name = value.trim();
      } else if (key === 'primaryColor' || key === 'secondaryColor') {
        if (value !== null && !COLOR.test(String(value))) throw new BadInputError(key, 'Use uma cor no formato #RRGGBB.');
        (patch as Record<string, unknown>)[key] = value;
      } else if (typeof value === 'string') {
        if (value.length > 2000) throw new BadInputError(key, 'Texto longo demais (máximo 2000 caracteres).');
        (patch as Record<string, unknown>)[key] = value.trim() || null;
      } else {
        (patch as Record<string, unknown>)[key] = value;
      }
    }
    if (finishedAssistanceSla !== undefined || finishedAssistanceSlaUnit !== undefined) {
      const unit = finishedAssistanceSlaUnit ?? portal.finishedAssistanceSlaUnit;
      const amount = finishedAssistanceSla ?? Math.round(portal.finishedAssistanceSlaMinutes / MINUTES[unit]);
      if (!Number.isInteger(amount) || amount < 0 || amount > 3650 * 24) throw new BadInputError('finishedAssistanceSla', 'Informe um prazo de 0 a 3650 dias.');
      patch.finishedAssistanceSlaMinutes = amount * MINUTES[unit];
      patch.finishedAssistanceSlaUnit = unit;
    }
    await ctx.em.transactional(async (tx) => {
      const { before, after } = applyPatch(portal, patch);
      if (Object.keys(after).length === 0) return;
      tx.persist(portal);
      auditChange(ctx, tx, { action: 'portal.settings.update', targetType: 'Portal', targetId: portal.id, before, after });
    });
    return portal;
  }

  /** R-PORTAL-2: inactivating keeps every record; customers are refused until it is active again. */
  async setActive(ctx: Context, portalId: string, active: boolean): Promise<Portal> {
    return this.updateSettings(ctx, portalId, { active } as PortalSettingsInput);
  }

  /** R-PORTAL-2: deleting is permanent and asks for the portal's name, typed. */
  async delete(ctx: Context, portalId: string, confirmName: string): Promise<boolean> {
    const portal = await this.find(ctx, portalId);
    if (confirmName.trim() !== portal.name) throw new BadInputError('confirmName', `Para excluir, digite o nome do portal exatamente: ${portal.name}`);
    await ctx.em.transactional(async (tx) => {
      auditChange(ctx, tx, { action: 'portal.delete', targetType: 'Portal', targetId: portal.id, before: { name: portal.name, slug: portal.slug } });
      await tx.nativeDelete(Portal, { id: portal.id });
    });
    return true;
  }

  /** R-PORTAL-1: the developments a portal serves; a WORK development has at most one portal. */
  async setDevelopments(ctx: Context, portalId: string, developmentIds: string[]): Promise<Portal> {
    const portal = await this.find(ctx, portalId);
    const developments = await this.developments(ctx.em, portal.company.id, developmentIds);
    await ctx.em.transactional(async (tx) => {
      await portal.developments.init();
      const before = portal.developments.getItems().map((d) => d.id).sort();
      portal.developments.set(developments);
      await this.assertOnePortalPerWork(tx, portal, developments);
      tx.persist(portal);
      auditChange(ctx, tx, { action: 'portal.developments.update', targetType: 'Portal', targetId: portal.id, before: { developmentIds: before }, after: { developmentIds: developments.map((d) => d.id).sort() } });
    });
    return portal;
  }

  /** R-PORTAL-3: adds or updates a hostname of the portal and the developments bound to it. */
  async saveDomain(ctx: Context, input: PortalDomainInput): Promise<PortalDomain> {
    const portal = await this.find(ctx, input.portalId);
    const hostname = input.hostname.trim().toLowerCase();
    if (!HOSTNAME.test(hostname)) throw new BadInputError('hostname', 'Endereço inválido: informe só o domínio, como portal.suaempresa.com.br.');
    const developments = await this.developments(ctx.em, portal.company.id, input.developmentIds);
    await portal.developments.init();
    const outside = developments.filter((d) => !portal.developments.contains(d));
    if (outside.length) throw new BadInputError('developmentIds', `O portal não atende ${outside.map((d) => `"${d.name}"`).join(', ')}: inclua antes nos empreendimentos do portal.`);
    const existing = await ctx.em.findOne(PortalDomain, { hostname }, { populate: ['developments'] });
    if (existing && existing.portal.id !== portal.id) throw new ConflictError('Este endereço já pertence a outro portal.', { field: 'hostname' });
    return ctx.em.transactional(async (tx) => {
      const domain = existing ?? tx.create(PortalDomain, { portal, hostname });
      const before = existing ? { hostname, developmentIds: existing.developments.getItems().map((d) => d.id).sort() } : null;
      domain.developments.set(developments);
      tx.persist(domain);
      auditChange(ctx, tx, { action: 'portal.domain.save', targetType: 'Portal', targetId: portal.id, before, after: { hostname, developmentIds: developments.map((d) => d.id).sort() } });
      return domain;
    });
  }

  async removeDomain(ctx: Context, domainId: string): Promise<boolean> {
    const domain = await ctx.em.findOne(PortalDomain, { id: domainId, portal: { company: staffOf(ctx)!.company } });
    if (!domain) throw new NotFoundError('Endereço');
    await ctx.em.transactional(async (tx) => {
      auditChange(ctx, tx, { action: 'portal.domain.remove', targetType: 'Portal', targetId: domain.portal.id, before: { hostname: domain.hostname } });
      await tx.nativeDelete(PortalDomain, { id: domain.id });
    });
    return true;
  }

  private async developments(em: EntityManager, companyId: string, ids: string[]): Promise<Development[]> {
    const unique = [...new Set(ids)];
    const found = unique.length ? await em.find(Development, { id: { $in: unique }, company: companyId }) : [];
    if (found.length !== unique.length) throw new BadInputError('developmentIds', 'Empreendimento não encontrado nesta empresa.');
    return found;
  }

  private async assertOnePortalPerWork(em: EntityManager, portal: Portal, developments: Development[]): Promise<void> {
    const works = developments.filter((d) => d.kind === DevelopmentKind.WORK);
    if (!works.length) return;
    const taken = await em.find(Portal, { id: { $ne: portal.id }, developments: { $in: works.map((w) => w.id) } }, { populate: ['developments'] });
    for (const other of taken) {
      const work = works.find((w) => other.developments.getItems().some((d) => d.id === w.id))!;
      throw new BadInputError('developmentIds', `A obra "${work.name}" já tem o portal "${other.name}": cada obra tem no máximo um portal (R-PORTAL-1).`);
    }
  }
}
