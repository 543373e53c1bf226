import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { SessionService } from '../auth/session.service.js';
import { applyPatch } from '../audit/audited-change.js';
import { Development, DevelopmentKind } from '../developments/development.entity.js';
import { assertCompanyWide, developmentsInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { PortalDomain } from './portal-domain.entity.js';
import type { CreatePortalInput, PortalDomainInput, PortalSettingsInput } from './portal-settings.input.js';
import { isComingSoon, settingLabel, SlaUnit, type PortalSettingKey } from './portal-settings.js';
import { Portal } from './portal.entity.js';
import { ALL_WORK_LOG_STATUSES, type WorkLogStatus } from '../works/work-log.enums.js';

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
/** R-FIN-5: the tax series as typed — trimmed, without blanks or repeats (compared ignoring case), at most 30 of up to 100 characters. */
function seriesList(values: string[]): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const raw of values) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    if (name.length > 100) throw new BadInputError('taxSeries', `A série "${name.slice(0, 30)}…" é longa demais (máximo 100 caracteres).`);
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    list.push(name);
  }
  if (list.length > 30) throw new BadInputError('taxSeries', 'No máximo 30 séries.');
  return list;
}

const MINUTES = { [SlaUnit.HOURS]: 60, [SlaUnit.DAYS]: 24 * 60 };

/**
 * Staff configure portals: settings (R-SET-2 audited), activation (R-PORTAL-2), developments
 * (R-PORTAL-1), domains (R-PORTAL-3). Every change reads the portal inside its transaction, locked
 * (concurrent changes serialise, each audited with what it really changed), within the staff
 * member's scope (R-OPS-4: a limited member changes only portals whose developments are all theirs).
 */
export class PortalAdminService {
  constructor(private readonly deps: { audit: AuditService; sessions: Pick<SessionService, 'changed'> }) {}

  async create(em: EntityManager, staff: StaffViewer, input: CreatePortalInput): Promise<Portal> {
    assertCompanyWide(staff);
    const name = input.name.trim();
    if (!name) throw new BadInputError('name', 'Informe o nome do portal.');
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) throw new BadInputError('slug', 'Use letras minúsculas, números e hífens (até 50).');
    if (await em.count(Portal, { slug })) throw new BadInputError('slug', 'Já existe um portal com este nome curto.');
    const developments = await developmentsInScope(em, staff, input.developmentIds);
    return em.transactional(async (tx) => {
      const portal = tx.create(Portal, { company: staff.companyId, name, slug });
      portal.developments.set(developments);
      await this.assertOnePortalPerWork(tx, portal, developments);
      this.deps.audit.staffChange(tx, staff, { action: 'portal.create', targetType: 'Portal', targetId: portal.id, after: { name, slug, developmentIds: developments.map((d) => d.id) } });
      return portal;
    });
  }

  /** R-SET-2: every change recorded with its before and after values. */
  async updateSettings(em: EntityManager, staff: StaffViewer, portalId: string, input: PortalSettingsInput): Promise<Portal> {
    const { finishedAssistanceSla, finishedAssistanceSlaUnit, ...rest } = input;
    const patch: Partial<Portal> = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined) continue;
      // Nothing is switchable without an effect: a feature that does not exist yet cannot be turned on (off is always fine).
      if (isComingSoon(key) && value === true) {
        throw new BadInputError(key, `"${settingLabel(key as PortalSettingKey)}" ainda não está disponível no portal (em breve): não pode ser ligado.`);
      }
      if (key === 'name') {
        if (typeof value !== 'string' || !value.trim()) throw new BadInputError('name', 'Informe o nome do portal.');
        patch.name = value.trim();
      } else if (key === 'primaryColor' || key === 'secondaryColor') {
        if (value !== null && !COLOR.test(String(value))) throw new BadInputError(key, 'Use uma cor no formato #RRGGBB.');
        (patch as Record<string, unknown>)[key] = value;
      } else if (key === 'taxSeries') {
        patch.taxSeries = seriesList(value as string[]);
      } else if (key === 'workLogStatuses') {
        patch.workLogStatuses = workLogStatusList(value as WorkLogStatus[]);
      } else if (key === 'logoUrl') {
        patch.logoUrl = value ? webAddress(String(value), key) : null;
      } else if (typeof value === 'string') {
        if (value.length > 2000) throw new BadInputError(key, 'Texto longo demais (máximo 2000 caracteres).');
        (patch as Record<string, unknown>)[key] = value.trim() || null;
      } else {
        (patch as Record<string, unknown>)[key] = value;
      }
    }
    if (finishedAssistanceSla !== undefined && finishedAssistanceSla !== null && (!Number.isInteger(finishedAssistanceSla) || finishedAssistanceSla < 0 || finishedAssistanceSla > 3650 * 24)) {
      throw new BadInputError('finishedAssistanceSla', 'Informe um prazo de 0 a 3650 dias.');
    }
    const saved = await em.transactional(async (tx) => {
      const portal = await getInScope(tx, staff, Portal, portalId, LOCKED_WRITE);
      if (finishedAssistanceSla !== undefined || finishedAssistanceSlaUnit !== undefined) {
        const unit = finishedAssistanceSlaUnit ?? portal.finishedAssistanceSlaUnit;
        const amount = finishedAssistanceSla ?? Math.round(portal.finishedAssistanceSlaMinutes / MINUTES[unit]);
        if (amount * MINUTES[unit] > 3650 * 24 * 60) throw new BadInputError('finishedAssistanceSla', 'Informe um prazo de 0 a 3650 dias.');
        patch.finishedAssistanceSlaMinutes = amount * MINUTES[unit];
        patch.finishedAssistanceSlaUnit = unit;
      }
      const { before, after } = applyPatch(portal, patch);
      if (Object.keys(after).length) this.deps.audit.staffChange(tx, staff, { action: 'portal.settings.update', targetType: 'Portal', targetId: portal.id, before, after });
      return portal;
    });
    // Its customers' sessions carry the portal's settings: read them again.
    this.deps.sessions.changed({ portalIds: [saved.id] });
    return saved;
  }

  /** R-PORTAL-2: inactivating keeps every record; customers are refused until it is active again. */
  async setActive(em: EntityManager, staff: StaffViewer, portalId: string, active: boolean): Promise<Portal> {
    return this.updateSettings(em, staff, portalId, { active } as PortalSettingsInput);
  }

  /** R-PORTAL-2: deleting is permanent and asks for the portal's name, typed. */
  async delete(em: EntityManager, staff: StaffViewer, portalId: string, confirmName: string): Promise<boolean> {
    await em.transactional(async (tx) => {
      const portal = await getInScope(tx, staff, Portal, portalId, LOCKED_WRITE);
      if (confirmName.trim() !== portal.name) throw new BadInputError('confirmName', `Para excluir, digite o nome do portal exatamente: ${portal.name}`);
      this.deps.audit.staffChange(tx, staff, { action: 'portal.delete', targetType: 'Portal', targetId: portal.id, before: { name: portal.name, slug: portal.slug } });
      await tx.nativeDelete(Portal, { id: portal.id });
    });
    this.deps.sessions.changed({ portalIds: [portalId] });
    return true;
  }

  /** R-PORTAL-1: the developments a portal serves; a WORK development has at most one portal. */
  async setDevelopments(em: EntityManager, staff: StaffViewer, portalId: string, developmentIds: string[]): Promise<Portal> {
    const developments = await developmentsInScope(em, staff, developmentIds);
    return em.transactional(async (tx) => {
      const portal = await getInScope(tx, staff, Portal, portalId, { ...LOCKED_WRITE, populate: ['developments'] });
      const before = portal.developments.getItems().map((d) => d.id).sort();
      const after = developments.map((d) => d.id).sort();
      if (JSON.stringify(before) === JSON.stringify(after)) return portal;
      portal.developments.set(developments);
      await this.assertOnePortalPerWork(tx, portal, developments);
      this.deps.audit.staffChange(tx, staff, { action: 'portal.developments.update', targetType: 'Portal', targetId: portal.id, before: { developmentIds: before }, after: { developmentIds: after } });
      return portal;
    });
  }

  /** R-PORTAL-3: adds or updates a hostname of the portal and the developments bound to it. */
  async saveDomain(em: EntityManager, staff: StaffViewer, input: PortalDomainInput): Promise<PortalDomain> {
    const hostname = input.hostname.trim().toLowerCase();
    if (!HOSTNAME.test(hostname)) throw new BadInputError('hostname', 'Endereço inválido: informe só o domínio, como portal.suaempresa.com.br.');
    const developments = await developmentsInScope(em, staff, input.developmentIds);
    return em.transactional(async (tx) => {
      const portal = await getInScope(tx, staff, Portal, input.portalId, { ...LOCKED_WRITE, populate: ['developments'] });
      const outside = developments.filter((d) => !portal.developments.contains(d));
      if (outside.length) throw new BadInputError('developmentIds', `O portal não atende ${outside.map((d) => `"${d.name}"`).join(', ')}: inclua antes nos empreendimentos do portal.`);
      const existing = await tx.findOne(PortalDomain, { hostname }, { populate: ['developments'] });
      if (existing && existing.portal.id !== portal.id) throw new ConflictError('Este endereço já pertence a outro portal.', { field: 'hostname' });
      const domain = existing ?? tx.create(PortalDomain, { portal, hostname });
      const before = existing ? { hostname, developmentIds: existing.developments.getItems().map((d) => d.id).sort() } : null;
      domain.developments.set(developments);
      this.deps.audit.staffChange(tx, staff, { action: 'portal.domain.save', targetType: 'Portal', targetId: portal.id, before, after: { hostname, developmentIds: developments.map((d) => d.id).sort() } });
      return domain;
    });
  }

  async removeDomain(em: EntityManager, staff: StaffViewer, domainId: string): Promise<boolean> {
    await em.transactional(async (tx) => {
      const domain = await getInScope(tx, staff, PortalDomain, domainId, LOCKED_WRITE);
      this.deps.audit.staffChange(tx, staff, { action: 'portal.domain.remove', targetType: 'Portal', targetId: domain.portal.id, before: { hostname: domain.hostname } });
      await tx.nativeDelete(PortalDomain, { id: domain.id });
    });
    return true;
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

/** R-WORK-1: the statuses customers see, each once, in the workflow's order. */
function workLogStatusList(value: readonly WorkLogStatus[] | null): WorkLogStatus[] {
  if (value === null) throw new BadInputError('workLogStatuses', 'Escolha as situações do diário de obra que o cliente vê (nenhuma oculta o menu).');
  return ALL_WORK_LOG_STATUSES.filter((s) => value.includes(s));
}

/** A logo's address: http(s) or a path on this server only, so nothing else can be smuggled into the sign-in screen. */
function webAddress(value: string, field: string): string {
  const text = value.trim();
  if (/^\/[^/\\]/.test(text) && text.length <= 2000) return text;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || text.length > 2000) {
    throw new BadInputError(field, 'Informe o endereço completo da imagem, começando por https://.');
  }
  return text;
}
