import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { capitalize, countEn, inLocale, portalNamedEn, say, type Locale, type Said } from '../../locale.js';
import { agree, countOf, NOUNS, portalNamed, the } from '../../pt-br.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { FixLink, fixIn, FixScreen, type Fix } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { portalDisplayNameSql } from '../requests/subsubject-names.js';
import { codesMatchSql } from '../finance/finance.rules.js';
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
  TAX_SERIES_NOT_CONFIGURED = 'TAX_SERIES_NOT_CONFIGURED',
  BILLING_BLOCK_HOLDS_BILLS = 'BILLING_BLOCK_HOLDS_BILLS',
  FINANCE_CODES_MISMATCH = 'FINANCE_CODES_MISMATCH',
}
registerEnumType(HealthIssueKind, { name: 'HealthIssueKind' });

@ObjectType({ description: 'R-EXPLAIN-3: uma configuração que vai surpreender clientes, com onde corrigir.' })
export class HealthIssue {
  @Field(() => HealthIssueKind) kind!: HealthIssueKind;
  @Field(() => String) message!: string;
  @Field(() => Int, { description: 'Quantos clientes, unidades ou registros são afetados.' }) affected!: number;
  @Field(() => FixLink) fix!: FixLink;
}

/** A health issue as the check writes it, in both languages; `issueIn` gives the caller's. */
export interface Finding {
  kind: HealthIssueKind;
  message: Said;
  affected: number;
  fix: Fix;
}

export const issueIn = (finding: Finding, locale: Locale): HealthIssue => ({ ...finding, message: inLocale(finding.message, locale), fix: fixIn(finding.fix, locale) });

/** A subsubject name that reads like an internal code (e.g. "HID-03 …", "… (NBR 15575)"): customers should see a display name. */
export const looksInternal = (name: string) => /\b[A-Z]{2,}-?\d+\b|\bNBR\b|\(|\[|_/.test(name);

/**
 * R-EXPLAIN-3: what will surprise this portal's customers, found before they call: inactive blocks
 * or stages holding sold units, developments no domain reaches, contracts signed but not
 * validated for long, menus on where the development forbids opening requests, subsubjects that
 * would show an internal name.
 */
export async function portalHealth(em: EntityManager, staff: StaffViewer, portal: Portal, validationDays: number, now: Date): Promise<Finding[]> {
  // R-OPS-4: a member limited to some developments hears only about those.
  const within = (column: string) => (staff.developmentIds ? `${column} = any(cast(:developments as uuid[]))` : 'true');
  const p = { portal: portal.id, company: portal.company.id, before: new Date(now.getTime() - validationDays * 86_400_000), developments: staff.developmentIds ?? [], now };
  const issues: Finding[] = [];
  if (!portal.active) {
    issues.push({
      kind: HealthIssueKind.PORTAL_INACTIVE, affected: 1,
      message: say(`${capitalize(portalNamed(portal.name))} está inativo: nenhum cliente consegue entrar.`, `${capitalize(portalNamedEn(portal.name))} is inactive: no customer can sign in.`),
      fix: { screen: FixScreen.PORTAL_SETTINGS, id: portal.id, label: say('Ativar o portal', 'Activate the portal'), setting: 'active' },
    });
  }

  const unit = NOUNS.Unidade;
  for (const [table, kind, screen, noun, nounEn] of [
    ['block', HealthIssueKind.INACTIVE_BLOCK_WITH_SOLD_UNITS, FixScreen.BLOCK, NOUNS.Bloco, 'block'],
    ['stage', HealthIssueKind.INACTIVE_STAGE_WITH_SOLD_UNITS, FixScreen.STAGE, NOUNS.Etapa, 'stage'],
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
      // "O bloco Torre B está inativo e tem 1 unidade vendida (Residencial Jardins): os clientes não a veem."
      const named = `${the(noun)} ${noun.one} ${row.name}`;
      issues.push({
        kind, affected: row.units,
        message: say(
          `${capitalize(named)} está ${agree('inativo', noun)} e tem ${countOf(row.units, unit, 'vendido')} (${row.development}): os clientes não ${the(unit, row.units)} veem (R-UNIT-2).`,
          `The ${nounEn} ${row.name} is inactive and has ${countEn(row.units, 'sold unit', 'sold units')} (${row.development}): customers do not see ${row.units === 1 ? 'it' : 'them'} (R-UNIT-2).`,
        ),
        fix: { screen, id: row.id, label: say(`Ativar ${named}`, `Activate the ${nounEn} ${row.name}`) },
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
    const who = row.customers === 0
      ? say('ainda não há cliente com unidade vendida nele, mas quem comprar não o verá em endereço nenhum', 'no customer has a sold unit in it yet, but whoever buys will not see it at any address')
      : say(`${countOf(row.customers, NOUNS.Cliente)} não o ${row.customers === 1 ? 'vê' : 'veem'} em endereço nenhum`,
        `${countEn(row.customers, 'customer does', 'customers do')} not see it at any address`);
    issues.push({
      kind: HealthIssueKind.DEVELOPMENT_WITHOUT_DOMAIN, affected: row.customers,
      message: say(`O portal vincula domínios a empreendimentos, mas nenhum domínio dá acesso a "${row.name}": ${who.pt} (R-PORTAL-3).`,
        `The portal binds domains to developments, but no domain reaches "${row.name}": ${who.en} (R-PORTAL-3).`),
      fix: { screen: FixScreen.PORTAL_DOMAINS, id: portal.id, label: say(`Vincular "${row.name}" a um domínio`, `Bind "${row.name}" to a domain`) },
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
      message: say(`O contrato "${row.title}" (${row.unit}) está assinado e não validado há mais de ${countOf(validationDays, NOUNS.Dia)}: o cliente não o vê (R-CONTRACT-2).`,
        `The contract "${row.title}" (${row.unit}) has been signed and not validated for more than ${countEn(validationDays, 'day', 'days')}: the customer does not see it (R-CONTRACT-2).`),
      fix: { screen: FixScreen.CONTRACT, id: row.id, label: say('Validar o contrato', 'Validate the contract') },
    });
  }

  const forbidding = await query<{ id: string; name: string; service: boolean; assistance: boolean }>(em, `
    select d.id, d.name, not d.allow_service_requests as service, not d.allow_assistance_requests as assistance
      from portal_development pd join development d on d.id = pd.development_id
     where pd.portal_id = :portal and ${within('d.id')} and (not d.allow_service_requests or not d.allow_assistance_requests) order by d.name`, p);
  for (const row of forbidding) {
    for (const [on, blocked, what, setting] of [
      [portal.showServiceMenu, row.service, say('atendimentos', 'service requests'), 'allowServiceRequests'],
      [portal.showAssistanceMenu, row.assistance, say('assistências', 'repair requests'), 'allowAssistanceRequests'],
    ] as const) {
      if (!on || !blocked) continue;
      issues.push({
        kind: HealthIssueKind.MENU_ON_DEVELOPMENT_FORBIDS, affected: 1,
        message: say(`O menu de ${what.pt} está ligado, mas "${row.name}" não permite abrir ${what.pt} pelo portal: os clientes dele não veem o menu (R-REQ-1).`,
          `The ${what.en} menu is on, but "${row.name}" does not allow opening ${what.en} through the portal: its customers do not see the menu (R-REQ-1).`),
        fix: { screen: FixScreen.DEVELOPMENT, id: row.id, label: say(`Permitir abrir ${what.pt} em "${row.name}"`, `Allow opening ${what.en} in "${row.name}"`), setting },
      });
    }
  }

  const workflows = await query<{ kind: string }>(em, `select kind from workflow where company_id = :company`, p);
  for (const [on, kind, label, setting] of [
    [portal.showServiceMenu, 'SERVICE', say('atendimentos', 'service requests'), 'showServiceMenu'],
    [portal.showAssistanceMenu, 'ASSISTANCE', say('assistências', 'repair requests'), 'showAssistanceMenu'],
  ] as const) {
    if (on && !workflows.some((w) => w.kind === kind)) {
      issues.push({
        kind: HealthIssueKind.MENU_WITHOUT_WORKFLOW, affected: 1,
        message: say(`O menu de ${label.pt} está ligado, mas não há workflow de ${label.pt}: abrir um pedido falha (R-REQ-4).`,
          `The ${label.en} menu is on, but there is no ${label.en} workflow: opening a request fails (R-REQ-4).`),
        fix: { screen: FixScreen.WORKFLOW, id: kind, label: say(`Criar o workflow de ${label.pt}`, `Create the ${label.en} workflow`), setting },
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
      message: say(`O subassunto "${row.name}" parece um nome interno e não tem nome de exibição neste portal: é assim que o cliente o verá (R-REQ-2).`,
        `The sub-subject "${row.name}" looks like an internal name and has no display name in this portal: that is how the customer will see it (R-REQ-2).`),
      fix: { screen: FixScreen.SUBSUBJECT, id: row.id, label: say('Dar um nome de exibição no portal', 'Give it a name to show in the portal') },
    });
  }
  issues.push(...(await financeHealth(em, portal, p, within)));
  return issues;
}

/**
 * SPEC §8 before the customer asks: series paid but not among the portal's tax series (R-FIN-5:
 * that year's informe fails), billing blocks holding open bills back (R-FIN-10), and financial
 * records whose ERP codes do not match their sale (R-FIN-1: the customer sees nothing of it).
 */
async function financeHealth(em: EntityManager, portal: Portal, p: Record<string, unknown>, within: (column: string) => string): Promise<Finding[]> {
  const issues: Finding[] = [];
  const served = `join reservation r on r.id = ip.reservation_id join unit u on u.id = r.unit_id
      join portal_development pd on pd.development_id = u.development_id and pd.portal_id = :portal`;
  const configured = portal.taxSeries.map((s) => s.trim().toLowerCase());
  const series = await query<{ series: string; customers: number; years: number[] }>(em, `
    select ip.series, cast(count(distinct r.holder_id) as int) as customers,
           array_agg(distinct cast(extract(year from i.paid_at) as int) order by cast(extract(year from i.paid_at) as int)) as years
      from installment i join installment_plan ip on ip.id = i.plan_id ${served}
     where i.paid_at is not null and not (lower(trim(ip.series)) = any(cast(:configured as text[]))) and ${within('u.development_id')}
     group by ip.series order by ip.series`, { ...p, configured });
  for (const row of series) {
    issues.push({
      kind: HealthIssueKind.TAX_SERIES_NOT_CONFIGURED, affected: row.customers,
      message: say(`A série "${row.series}" tem pagamentos (${row.years.join(', ')}) mas não está nas séries do Demonstrativo de IR: o informe desses anos falha para ${countOf(row.customers, NOUNS.Cliente)} (R-FIN-5).`,
        `The series "${row.series}" has payments (${row.years.join(', ')}) but is not among the income-tax statement series: those years' statement fails for ${countEn(row.customers, 'customer', 'customers')} (R-FIN-5).`),
      fix: { screen: FixScreen.PORTAL_SETTINGS, id: portal.id, setting: 'taxSeries', label: say(`Incluir "${row.series}" nas séries do Demonstrativo de IR`, `Add "${row.series}" to the income-tax statement series`) },
    });
  }

  const blocks = await query<{ id: string; developmentId: string; development: string; block: string | null; reason: string; customers: number; overdue: number }>(em, `
    select bb.id, d.id as "developmentId", d.name as development, bk.name as block, bb.reason,
           cast(count(distinct r.holder_id) as int) as customers,
           cast(count(distinct r.holder_id) filter (where i.paid_at is null and i.due_date < cast((cast(:now as timestamptz) at time zone 'America/Sao_Paulo') as date)) as int) as overdue
      from billing_block bb join development d on d.id = bb.development_id left join block bk on bk.id = bb.block_id
      join portal_development pd on pd.development_id = d.id and pd.portal_id = :portal
      join unit u on u.development_id = d.id and (bb.block_id is null or u.block_id = bb.block_id)
      join reservation r on r.unit_id = u.id and r.status = 'SOLD'
      join installment_plan ip on ip.reservation_id = r.id join installment i on i.plan_id = ip.id and i.paid_at is null
     where bb.active and ${within('d.id')}
     group by bb.id, d.id, d.name, bk.name, bb.reason order by d.name, bk.name nulls first`, { ...p, now: p.now });
  for (const row of blocks) {
    const where = row.block ? `${row.block} (${row.development})` : row.development;
    issues.push({
      kind: HealthIssueKind.BILLING_BLOCK_HOLDS_BILLS, affected: row.customers,
      message: say(`A emissão de boletos está bloqueada em ${where} ("${row.reason}"): ${countOf(row.customers, NOUNS.Cliente)} com parcelas em aberto não ${row.customers === 1 ? 'recebe' : 'recebem'} boletos${row.overdue ? `, ${row.overdue} com parcela vencida` : ''} (R-FIN-10).`,
        `Billing is blocked in ${where} ("${row.reason}"): ${countEn(row.customers, 'customer', 'customers')} with open installments get no bills${row.overdue ? `, ${row.overdue} with an overdue installment` : ''} (R-FIN-10).`),
      fix: { screen: FixScreen.BILLING_BLOCK, id: row.developmentId, label: say('Rever o bloqueio de emissão', 'Review the billing block') },
    });
  }

  // R-FIN-1 by its own SQL face: the installments whose codes are not their sale's.
  const mismatched = await query<{ reservationId: string; unit: string; records: number }>(em, `
    select r.id as "reservationId", u.name as unit, cast(count(*) as int) as records
      from installment i join installment_plan ip on ip.id = i.plan_id ${served}
     where not ${codesMatchSql('i', 'ip.reservation_id')} and ${within('u.development_id')}
     group by r.id, u.name order by u.name limit 50`, p);
  for (const row of mismatched) {
    issues.push({
      kind: HealthIssueKind.FINANCE_CODES_MISMATCH, affected: row.records,
      message: say(`${countOf(row.records, NOUNS.Parcela)} da venda de "${row.unit}" ${row.records === 1 ? 'traz' : 'trazem'} códigos do ERP que não conferem com a venda: o cliente não vê o financeiro dela (R-FIN-1). O explicador diz qual código.`,
        `${countEn(row.records, 'installment', 'installments')} of the sale of "${row.unit}" carry ERP codes that do not match the sale: the customer sees none of its finance (R-FIN-1). The explainer says which code.`),
      fix: { screen: FixScreen.RESERVATION, id: row.reservationId, label: say('Conferir os códigos da venda no ERP', 'Check the sale\'s codes in the ERP') },
    });
  }
  return issues;
}
