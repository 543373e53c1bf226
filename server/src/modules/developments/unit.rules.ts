import { capitalize, listEn, portalNamedEn, say, type Said } from '../../locale.js';
import { listOf, portalNamed } from '../../pt-br.js';
import { fail, FixScreen, pass, type Rule } from '../visibility/rule.js';

/**
 * SPEC §3: who sees a unit in a portal. Each rule once, with its SQL face (over the unit alias
 * `u`) and its check over the unit's facts (unit-facts.ts loads them).
 */

export interface ReservationFact {
  id: string;
  status: 'IN_PROGRESS' | 'SOLD' | 'CANCELLED' | 'RESCINDED';
  /** The customer is its holder. */
  holder: boolean;
  /** The customer is an associate on it, with this type (null when holder only). */
  associationTypeId: string | null;
  associationTypeName: string | null;
  associationSeesUnits: boolean | null;
}

export interface DevelopmentFacts {
  developmentId: string;
  developmentName: string;
  portalId: string;
  portalName: string;
  portalActive: boolean;
  portalServesDevelopment: boolean;
  /** Some domain of the portal is bound to developments (R-PORTAL-3 applies). */
  portalHasBindings: boolean;
  /** The hostname used is bound to this development. */
  domainBound: boolean;
  hostname: string | null;
  /** The hostnames of this portal bound to this development (where the customer should go). */
  boundHostnames: string[];
}

export interface UnitFacts extends DevelopmentFacts {
  unitId: string;
  unitName: string;
  blockId: string | null;
  blockName: string | null;
  blockActive: boolean | null;
  stageId: string | null;
  stageName: string | null;
  stageActive: boolean | null;
  /** Reservations of the unit in which the customer takes part. */
  reservations: ReservationFact[];
}

const STATUS_LABEL: Record<ReservationFact['status'], { pt: string; en: string }> = {
  IN_PROGRESS: { pt: 'Em andamento', en: 'In progress' },
  SOLD: { pt: 'Vendida', en: 'Sold' },
  CANCELLED: { pt: 'Cancelada', en: 'Cancelled' },
  RESCINDED: { pt: 'Distrato', en: 'Rescinded' },
};

/** R-UNIT-1 on one reservation alias: sold, and the customer is its holder or an associate whose type sees units. */
export const reservationSeenSql = (r: string) => `(${r}.status = 'SOLD' and (${r}.holder_id = :customer or exists (
  select 1 from reservation_associate ra join association_type t on t.id = ra.association_type_id
   where ra.reservation_id = ${r}.id and ra.customer_id = :customer and t.sees_units_in_portal)))`;

export const seesThroughReservation = (r: ReservationFact) => r.status === 'SOLD' && (r.holder || r.associationSeesUnits === true);

export function reservationOutcome(reservations: ReservationFact[]) {
  if (reservations.some(seesThroughReservation)) {
    const r = reservations.find(seesThroughReservation)!;
    return pass(r.holder
      ? say('O cliente é titular de uma reserva Vendida.', 'The customer is the holder of a Sold reservation.')
      : say(`O cliente é associado (${r.associationTypeName}) de uma reserva Vendida, e esse tipo vê unidades.`, `The customer is an associate (${r.associationTypeName}) on a Sold reservation, and that type sees units.`));
  }
  if (reservations.length === 0) {
    return fail(say('O cliente não é titular nem associado de nenhuma reserva desta unidade.', 'The customer is neither the holder nor an associate of any reservation of this unit.'));
  }
  const sold = reservations.find((r) => r.status === 'SOLD');
  if (sold) {
    return fail(
      say(`O cliente é associado da reserva como "${sold.associationTypeName}", e esse tipo de associação não tem "Visualiza Unidades Portal".`,
        `The customer is an associate on the reservation as "${sold.associationTypeName}", and that association type lacks "Sees units in the portal".`),
      {
        screen: FixScreen.ASSOCIATION_TYPE, id: sold.associationTypeId!,
        label: say(`Marcar "Visualiza Unidades Portal" no tipo "${sold.associationTypeName}"`, `Tick "Sees units in the portal" on the type "${sold.associationTypeName}"`),
      },
    );
  }
  const r = reservations[0]!;
  return fail(say(`A reserva está na situação "${STATUS_LABEL[r.status].pt}"; só reservas Vendidas mostram a unidade.`, `The reservation is "${STATUS_LABEL[r.status].en}"; only Sold reservations show the unit.`), {
    screen: FixScreen.RESERVATION, id: r.id, label: say('Ver a reserva', 'See the reservation'),
  });
}

/** R-UNIT-3 and R-PORTAL-3, about the development of whatever is asked (unit, request): over a development id expression. */
export const developmentRules = (dev: string): Rule<DevelopmentFacts>[] => [
  {
    id: 'R-UNIT-3',
    label: say('O portal está ativo', 'The portal is active'),
    sql: `exists (select 1 from portal p where p.id = :portal and p.active)`,
    check: (f) =>
      f.portalActive
        ? pass(say(`${capitalize(portalNamed(f.portalName))} está ativo.`, `${capitalize(portalNamedEn(f.portalName))} is active.`))
        : fail(say(`${capitalize(portalNamed(f.portalName))} está inativo.`, `${capitalize(portalNamedEn(f.portalName))} is inactive.`), {
            screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: say('Ativar o portal', 'Activate the portal'), setting: 'active',
          }),
  },
  {
    id: 'R-UNIT-3',
    label: say('O empreendimento é atendido pelo portal', 'The portal serves the development'),
    sql: `exists (select 1 from portal_development pd where pd.portal_id = :portal and pd.development_id = ${dev})`,
    check: (f) =>
      f.portalServesDevelopment
        ? pass(say(`${capitalize(portalNamed(f.portalName))} atende o empreendimento "${f.developmentName}".`, `${capitalize(portalNamedEn(f.portalName))} serves the development "${f.developmentName}".`))
        : fail(say(`${capitalize(portalNamed(f.portalName))} não atende o empreendimento "${f.developmentName}".`, `${capitalize(portalNamedEn(f.portalName))} does not serve the development "${f.developmentName}".`), {
            screen: FixScreen.PORTAL_DEVELOPMENTS, id: f.portalId,
            label: say(`Incluir "${f.developmentName}" nos empreendimentos do portal`, `Add "${f.developmentName}" to the portal's developments`),
          }),
  },
  {
    id: 'R-PORTAL-3',
    label: say('O endereço usado dá acesso ao empreendimento', 'The address used reaches the development'),
    sql: `(not exists (select 1 from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id where d.portal_id = :portal)
       or exists (select 1 from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id
                   where d.portal_id = :portal and d.hostname = :hostname and x.development_id = ${dev}))`,
    check: (f) => {
      if (!f.portalHasBindings) {
        return pass(say('O portal não vincula domínios a empreendimentos: todos os endereços dão acesso.', 'The portal binds no domain to developments: every address reaches every development.'));
      }
      if (f.domainBound) return pass(say(`O endereço ${f.hostname} está vinculado ao empreendimento "${f.developmentName}".`, `The address ${f.hostname} is bound to the development "${f.developmentName}".`));
      const where = f.boundHostnames.length
        ? say(`O cliente deve entrar por ${listOf(f.boundHostnames, 'ou')}.`, `The customer should sign in at ${listEn(f.boundHostnames, 'or')}.`)
        : say('Nenhum endereço do portal está vinculado a ele.', 'No address of the portal is bound to it.');
      return fail(say(`O endereço ${f.hostname ?? '(nenhum)'} não está vinculado ao empreendimento "${f.developmentName}". ${where.pt}`,
        `The address ${f.hostname ?? '(none)'} is not bound to the development "${f.developmentName}". ${where.en}`), {
        screen: FixScreen.PORTAL_DOMAINS, id: f.portalId, label: say('Revisar os vínculos de domínio do portal', 'Review the portal\'s domain bindings'),
      });
    },
  },
];

/** R-UNIT-2 and R-UNIT-3: everything about the unit except who bought it (used again by contracts, R-CONTRACT-4). */
export const unitPlaceRules: Rule<UnitFacts>[] = [
  {
    id: 'R-UNIT-2',
    label: say('O bloco da unidade está ativo', 'The unit\'s block is active'),
    sql: `(u.block_id is null or exists (select 1 from block b where b.id = u.block_id and b.active))`,
    check: (f) =>
      f.blockId === null || f.blockActive
        ? pass(f.blockId ? say(`O bloco "${f.blockName}" está ativo.`, `The block "${f.blockName}" is active.`) : say('A unidade não tem bloco.', 'The unit has no block.'))
        : fail(say(`O bloco "${f.blockName}" está inativo.`, `The block "${f.blockName}" is inactive.`), {
            screen: FixScreen.BLOCK, id: f.blockId, label: say(`Ativar o bloco "${f.blockName}"`, `Activate the block "${f.blockName}"`),
          }),
  },
  {
    id: 'R-UNIT-2',
    label: say('A etapa da unidade está ativa', 'The unit\'s stage is active'),
    sql: `(u.stage_id is null or exists (select 1 from stage s where s.id = u.stage_id and s.active))`,
    check: (f) =>
      f.stageId === null || f.stageActive
        ? pass(f.stageId ? say(`A etapa "${f.stageName}" está ativa.`, `The stage "${f.stageName}" is active.`) : say('A unidade não tem etapa.', 'The unit has no stage.'))
        : fail(say(`A etapa "${f.stageName}" está inativa.`, `The stage "${f.stageName}" is inactive.`), {
            screen: FixScreen.STAGE, id: f.stageId, label: say(`Ativar a etapa "${f.stageName}"`, `Activate the stage "${f.stageName}"`),
          }),
  },
  ...developmentRules('u.development_id'),
];

/**
 * R-UNIT-4 for what hangs off one reservation (its contracts, installments, bills): that
 * reservation shows its unit to the customer (R-UNIT-1 on it alone) and the unit's place is
 * visible (R-UNIT-2, R-UNIT-3). `reservation` is the SQL expression of the reservation's id;
 * `unitOf` gives the unit's facts with `reservations` holding only that reservation.
 */
export function reservationUnitRule<F>(id: string, label: Said, reservation: string, unitOf: (facts: F) => UnitFacts, whose: Said): Rule<F> {
  return {
    id,
    label,
    sql: `exists (select 1 from reservation r join unit u on u.id = r.unit_id
                   where r.id = ${reservation} and ${reservationSeenSql('r')}
                     and ${unitPlaceRules.map((rule) => `(${rule.sql})`).join(' and ')})`,
    check: (facts) => {
      const unit = unitOf(facts);
      const bought = reservationOutcome(unit.reservations);
      if (!bought.passed) return { ...bought, detail: say(`Pela reserva ${whose.pt}: ${bought.detail.pt}`, `Through ${whose.en} reservation: ${bought.detail.en}`) };
      const place = unitPlaceRules.map((rule) => rule.check(unit)).find((o) => !o.passed);
      if (place) return { ...place, detail: say(`A unidade "${unit.unitName}" está oculta: ${place.detail.pt}`, `The unit "${unit.unitName}" is hidden: ${place.detail.en}`) };
      return pass(say(`A unidade "${unit.unitName}" é visível ao cliente por esta reserva.`, `The unit "${unit.unitName}" is visible to the customer through this reservation.`));
    },
  };
}

/** The whole of SPEC §3, in the order the explainer lists it. */
export const unitRules: Rule<UnitFacts>[] = [
  {
    id: 'R-UNIT-1',
    label: say('O cliente é titular de uma reserva Vendida, ou associado com "Visualiza Unidades Portal"', 'The customer holds a Sold reservation, or is an associate whose type has "Sees units in the portal"'),
    sql: `exists (select 1 from reservation r where r.unit_id = u.id and ${reservationSeenSql('r')})`,
    check: (f) => reservationOutcome(f.reservations),
  },
  ...unitPlaceRules,
];

/** A superset of the units a customer may see (their reservations): lets PostgreSQL start from the customer, not from every unit. */
export const unitCandidatesSql = `(select r.unit_id from reservation r where r.holder_id = :customer
  union select r.unit_id from reservation_associate ra join reservation r on r.id = ra.reservation_id where ra.customer_id = :customer)`;

/**
 * A place of a development — the whole development, one tower (block) or one unit — as what hangs
 * off it sees it (R-UNIT-4: a work log entry, a document): the customer sees it when they see some
 * unit there by the unit rules. SQL face over a development id expression `dev`, with optional
 * block and unit id expressions (null in a row: not narrowed).
 */
export const unitInPlaceSql = (dev: string, block: string | null = null, unit: string | null = null) => `exists (select 1 from unit u
   where u.id in ${unitCandidatesSql} and u.development_id = ${dev}${block ? ` and (${block} is null or u.block_id = ${block})` : ''}${unit ? ` and (${unit} is null or u.id = ${unit})` : ''}
     and ${unitRules.map((r) => `(${r.sql})`).join('\n and ')})`;

/** The check face of `unitInPlaceSql`: `units` are the customer's units in the place (unit facts), `where` names the place ("em \"Torre A\" de …"). */
export function unitInPlaceOutcome(units: readonly UnitFacts[], where: Said) {
  const seen = units.find((u) => unitRules.every((rule) => rule.check(u).passed));
  if (seen) return pass(say(`O cliente vê a unidade "${seen.unitName}" ${where.pt}.`, `The customer sees the unit "${seen.unitName}" ${where.en}.`));
  const first = units[0];
  if (!first) return fail(say(`O cliente não tem unidade ${where.pt}.`, `The customer has no unit ${where.en}.`));
  const failed = unitRules.map((rule) => rule.check(first)).find((o) => !o.passed)!;
  return fail(say(`A unidade "${first.unitName}" ${where.pt} está oculta ao cliente: ${failed.detail.pt}`, `The unit "${first.unitName}" ${where.en} is hidden from the customer: ${failed.detail.en}`), failed.fix ?? null);
}
