import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { FixLink, FixScreen } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { portalDisplayNameSql } from '../requests/subsubject-names.js';
import type { Portal } from './portal.entity.js';

export enum HealthIssueKind {
  INACTIVE_BLOCK_WITH_SOLD_UNITS = 'INACTIVE_BLOCK_WITH_SOLD_UNITS',
  INACTIVE_STAGE_WITH_SOLD_UNITS = 'INACTIVE_STAGE_WITH_SOLD_UNITS',
  DEVELOPMENT_WITHOUT_DOMAIN = 'DEVELOPMENT_WITHOUT_DOMAIN',
  CONTRACT_SIGNED_NOT_VALIDATED = 'CONTRACT_SIGNED_NOT_VALIDATED',
  MENU_ON_DEVELOPMENT_FORBIDS = 'MENU_ON_DEVELOPMENT_FORBIDS',
  SUBSUBJECT_INTERNAL_NAME = 'SUBSUBJECT_INTERNAL_NAME',
  MENU_WITHOUT_WORKFLOW = 'MENU_WITHOUT_WORKFLOW',
  PORTAL_INACTIVE = 'PORTAL_INACTIVE',
}
registerEnumType(HealthIssueKind, { name: 'HealthIssueKind' });

@ObjectType({ description: 'R-EXPLAIN-3: uma configuração que vai surpreender clientes, com onde corrigir.' })
export class HealthIssue {
  @Field(() => HealthIssueKind) kind!: HealthIssueKind;
  @Field(() => String) message!: string;
  @Field(() => Int, { description: 'Quantos clientes, unidades ou registros são afetados.' }) affected!: number;
  @Field(() => FixLink) fix!: FixLink;
}

/** A subsubject name that reads like an internal code (e.g. "HID-03 …", "… (NBR 15575)"): customers should see a display name. */
export const looksInternal = (name: string) => /\b[A-Z]{2,}-?\d+\b|\bNBR\b|\(|\[|_/.test(name);

/**
 * R-EXPLAIN-3: what will surprise this portal's customers, found before they call: inactive blocks
 * or stages holding sold units, developments no domain reaches, contracts signed but not
 * validated for long, menus on where the development forbids opening requests, subsubjects that
 * would show an internal name.
 */
export async function portalHealth(em: EntityManager, staff: StaffViewer, portal: Portal, validationDays: number, now: Date): Promise<HealthIssue[]> {
  // R-OPS-4: a member limited to some developments hears only about those.
  const within = (column: string) => (staff.developmentIds ? `${column} = any(cast(:developments as uuid[]))` : 'true');
  const p = { portal: portal.id, company: portal.company.id, before: new Date(now.getTime() - validationDays * 86_400_000), developments: staff.developmentIds ?? [] };
  const issues: HealthIssue[] = [];
  if (!portal.active) {
    issues.push({ kind: HealthIssueKind.PORTAL_INACTIVE, affected: 1, message: `O portal "${portal.name}" está inativo: nenhum cliente consegue entrar.`, fix: { screen: FixScreen.PORTAL_SETTINGS, id: portal.id, label: 'Ativar o portal', setting: 'active' } });
  }

  for (const [table, kind, screen, noun] of [
    ['block', HealthIssueKind.INACTIVE_BLOCK_WITH_SOLD_UNITS, FixScreen.BLOCK, 'O bloco'],
    ['stage', HealthIssueKind.INACTIVE_STAGE_WITH_SOLD_UNITS, FixScreen.STAGE, 'A etapa'],
  ] as const) {
    const rows = await query<{ id: string; name: string; development: string; units: number }>(em, `
      select x.id, x.name, d.name as development, cast(count(distinct u.id) as int) as units
        from ${table} x join development d on d.id = x.development_id
        join portal_development pd on pd.development_id = d.id and pd.portal_id = :portal
        join unit u on u.${table}_id = x.id
        join reservation r on r.unit_id = u.id and r.status = 'SOLD'
       where not x.active and ${within('d.id')}
       group by x.id, x.name, d.name order by d.name, x.name`, p);
    for (const row of rows) {
      issues.push({
        kind, affected: row.units,
        message: `${noun} "${row.name}" (${row.development}) está inativo(a) e tem ${row.units} unidade(s) vendida(s): os clientes não as veem (R-UNIT-2).`,
        fix: { screen, id: row.id, label: `Ativar "${row.name}"` },
      });
    }
  }

  const unbound = await query<{ id: string; name: string; customers: number }>(em, `
    select d.id, d.name, cast(count(distinct r.holder_id) as int) as customers
      from portal_development pd join development d on d.id = pd.development_id
      left join unit u on u.development_id = d.id
      left join reservation r on r.unit_id = u.id and r.status = 'SOLD'
     where pd.portal_id = :portal and ${within('d.id')}
       and exists (select 1 from portal_domain_development x join portal_domain pdm on pdm.id = x.portal_domain_id where pdm.portal_id = :portal)
       and not exists (select 1 from portal_domain_development x join portal_domain pdm on pdm.id = x.portal_domain_id where pdm.portal_id = :portal and x.development_id = d.id)
     group by d.id, d.name order by d.name`, p);
  for (const row of unbound) {
    issues.push({
      kind: HealthIssueKind.DEVELOPMENT_WITHOUT_DOMAIN, affected: row.customers,
      message: `O portal vincula domínios a empreendimentos, mas nenhum domínio dá acesso a "${row.name}": ${row.customers} cliente(s) não o veem em endereço nenhum (R-PORTAL-3).`,
      fix: { screen: FixScreen.PORTAL_DOMAINS, id: portal.id, label: `Vincular "${row.name}" a um domínio` },
    });
  }

  const stale = await query<{ id: string; title: string; unit: string }>(em, `
    select c.id, c.title, u.name as unit from contract c
      join reservation r on r.id = c.reservation_id join unit u on u.id = r.unit_id
      join portal_development pd on pd.development_id = u.development_id and pd.portal_id = :portal
     where c.signed and not c.validated and coalesce(c.signed_at, c.created_at) < :before and ${within('u.development_id')}
     order by c.signed_at nulls first limit 50`, p);
  for (const row of stale) {
    issues.push({
      kind: HealthIssueKind.CONTRACT_SIGNED_NOT_VALIDATED, affected: 1,
      message: `O contrato "${row.title}" (${row.unit}) está assinado e não validado há mais de ${validationDays} dias: o cliente não o vê (R-CONTRACT-2).`,
      fix: { screen: FixScreen.CONTRACT, id: row.id, label: 'Validar o contrato' },
    });
  }

  const forbidding = await query<{ id: string; name: string; service: boolean; assistance: boolean }>(em, `
    select d.id, d.name, not d.allow_service_requests as service, not d.allow_assistance_requests as assistance
      from portal_development pd join development d on d.id = pd.development_id
     where pd.portal_id = :portal and ${within('d.id')} and (not d.allow_service_requests or not d.allow_assistance_requests) order by d.name`, p);
  for (const row of forbidding) {
    for (const [on, blocked, what, setting] of [
      [portal.showServiceMenu, row.service, 'atendimentos', 'allowServiceRequests'],
      [portal.showAssistanceMenu, row.assistance, 'assistências', 'allowAssistanceRequests'],
    ] as const) {
      if (!on || !blocked) continue;
      issues.push({
        kind: HealthIssueKind.MENU_ON_DEVELOPMENT_FORBIDS, affected: 1,
        message: `O menu de ${what} está ligado, mas "${row.name}" não permite abrir ${what} pelo portal: os clientes dele não veem o menu (R-REQ-1).`,
        fix: { screen: FixScreen.DEVELOPMENT, id: row.id, label: `Permitir abrir ${what} em "${row.name}"`, setting },
      });
    }
  }

  const workflows = await query<{ kind: string }>(em, `select kind from workflow where company_id = :company`, p);
  for (const [on, kind, label, setting] of [[portal.showServiceMenu, 'SERVICE', 'atendimentos', 'showServiceMenu'], [portal.showAssistanceMenu, 'ASSISTANCE', 'assistências', 'showAssistanceMenu']] as const) {
    if (on && !workflows.some((w) => w.kind === kind)) {
      issues.push({
        kind: HealthIssueKind.MENU_WITHOUT_WORKFLOW, affected: 1,
        message: `O menu de ${label} está ligado, mas não há workflow de ${label}: abrir um pedido falha (R-REQ-4).`,
        fix: { screen: FixScreen.WORKFLOW, id: kind, label: `Criar o workflow de ${label}`, setting },
      });
    }
  }

  // R-REQ-2: what this portal shows (its own display name, else every portal's, else the real name).
  const subsubjects = await query<{ id: string; name: string }>(em, `
    select s.id, s.name from subsubject s join subject sj on sj.id = s.subject_id
     where sj.company_id = :company and s.active and sj.active and ${portalDisplayNameSql('s')} = '' order by s.name`, p);
  for (const row of subsubjects.filter((s) => looksInternal(s.name))) {
    issues.push({
      kind: HealthIssueKind.SUBSUBJECT_INTERNAL_NAME, affected: 1,
      message: `O subassunto "${row.name}" parece um nome interno e não tem nome de exibição neste portal: é assim que o cliente o verá (R-REQ-2).`,
      fix: { screen: FixScreen.SUBSUBJECT, id: row.id, label: 'Dar um nome de exibição no portal' },
    });
  }
  return issues;
}
