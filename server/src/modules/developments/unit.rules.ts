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

const STATUS_LABEL: Record<ReservationFact['status'], string> = {
  IN_PROGRESS: 'Em andamento',
  SOLD: 'Vendida',
  CANCELLED: 'Cancelada',
  RESCINDED: 'Distrato',
};

/** R-UNIT-1 on one reservation alias: sold, and the customer is its holder or an associate whose type sees units. */
export const reservationSeenSql = (r: string) => `(${r}.status = 'SOLD' and (${r}.holder_id = :customer or exists (
  select 1 from reservation_associate ra join association_type t on t.id = ra.association_type_id
   where ra.reservation_id = ${r}.id and ra.customer_id = :customer and t.sees_units_in_portal)))`;

export const seesThroughReservation = (r: ReservationFact) => r.status === 'SOLD' && (r.holder || r.associationSeesUnits === true);

export function reservationOutcome(reservations: ReservationFact[]) {
  if (reservations.some(seesThroughReservation)) {
    const r = reservations.find(seesThroughReservation)!;
    return pass(r.holder ? 'O cliente é titular de uma reserva Vendida.' : `O cliente é associado (${r.associationTypeName}) de uma reserva Vendida, e esse tipo vê unidades.`);
  }
  if (reservations.length === 0) return fail('O cliente não é titular nem associado de nenhuma reserva desta unidade.');
  const sold = reservations.find((r) => r.status === 'SOLD');
  if (sold) {
    return fail(
      `O cliente é associado da reserva como "${sold.associationTypeName}", e esse tipo de associação não tem "Visualiza Unidades Portal".`,
      { screen: FixScreen.ASSOCIATION_TYPE, id: sold.associationTypeId!, label: `Marcar "Visualiza Unidades Portal" no tipo "${sold.associationTypeName}"` },
    );
  }
  const r = reservations[0]!;
  return fail(`A reserva está na situação "${STATUS_LABEL[r.status]}"; só reservas Vendidas mostram a unidade.`, {
    screen: FixScreen.RESERVATION, id: r.id, label: 'Ver a reserva',
  });
}

/** R-UNIT-3 and R-PORTAL-3, about the development of whatever is asked (unit, request): over a development id expression. */
export const developmentRules = (dev: string): Rule<DevelopmentFacts>[] => [
  {
    id: 'R-UNIT-3',
    label: 'O portal está ativo',
    sql: `exists (select 1 from portal p where p.id = :portal and p.active)`,
    check: (f) =>
      f.portalActive
        ? pass(`O portal "${f.portalName}" está ativo.`)
        : fail(`O portal "${f.portalName}" está inativo.`, { screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: 'Ativar o portal', setting: 'active' }),
  },
  {
    id: 'R-UNIT-3',
    label: 'O empreendimento é atendido pelo portal',
    sql: `exists (select 1 from portal_development pd where pd.portal_id = :portal and pd.development_id = ${dev})`,
    check: (f) =>
      f.portalServesDevelopment
        ? pass(`O portal "${f.portalName}" atende o empreendimento "${f.developmentName}".`)
        : fail(`O portal "${f.portalName}" não atende o empreendimento "${f.developmentName}".`, {
            screen: FixScreen.PORTAL_DEVELOPMENTS, id: f.portalId, label: `Incluir "${f.developmentName}" nos empreendimentos do portal`,
          }),
  },
  {
    id: 'R-PORTAL-3',
    label: 'O endereço usado dá acesso ao empreendimento',
    sql: `(not exists (select 1 from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id where d.portal_id = :portal)
       or exists (select 1 from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id
                   where d.portal_id = :portal and d.hostname = :hostname and x.development_id = ${dev}))`,
    check: (f) => {
      if (!f.portalHasBindings) return pass('O portal não vincula domínios a empreendimentos: todos os endereços dão acesso.');
      if (f.domainBound) return pass(`O endereço ${f.hostname} está vinculado ao empreendimento "${f.developmentName}".`);
      const where = f.boundHostnames.length
        ? `O cliente deve entrar por ${f.boundHostnames.join(' ou ')}.`
        : 'Nenhum endereço do portal está vinculado a ele.';
      return fail(`O endereço ${f.hostname ?? '(nenhum)'} não está vinculado ao empreendimento "${f.developmentName}". ${where}`, {
        screen: FixScreen.PORTAL_DOMAINS, id: f.portalId, label: 'Revisar os vínculos de domínio do portal',
      });
    },
  },
];

/** R-UNIT-2 and R-UNIT-3: everything about the unit except who bought it (used again by contracts, R-CONTRACT-4). */
export const unitPlaceRules: Rule<UnitFacts>[] = [
  {
    id: 'R-UNIT-2',
    label: 'O bloco da unidade está ativo',
    sql: `(u.block_id is null or exists (select 1 from block b where b.id = u.block_id and b.active))`,
    check: (f) =>
      f.blockId === null || f.blockActive
        ? pass(f.blockId ? `O bloco "${f.blockName}" está ativo.` : 'A unidade não tem bloco.')
        : fail(`O bloco "${f.blockName}" está inativo.`, { screen: FixScreen.BLOCK, id: f.blockId, label: `Ativar o bloco "${f.blockName}"` }),
  },
  {
    id: 'R-UNIT-2',
    label: 'A etapa da unidade está ativa',
    sql: `(u.stage_id is null or exists (select 1 from stage s where s.id = u.stage_id and s.active))`,
    check: (f) =>
      f.stageId === null || f.stageActive
        ? pass(f.stageId ? `A etapa "${f.stageName}" está ativa.` : 'A unidade não tem etapa.')
        : fail(`A etapa "${f.stageName}" está inativa.`, { screen: FixScreen.STAGE, id: f.stageId, label: `Ativar a etapa "${f.stageName}"` }),
  },
  ...developmentRules('u.development_id'),
];

/** The whole of SPEC §3, in the order the explainer lists it. */
export const unitRules: Rule<UnitFacts>[] = [
  {
    id: 'R-UNIT-1',
    label: 'O cliente é titular de uma reserva Vendida, ou associado com "Visualiza Unidades Portal"',
    sql: `exists (select 1 from reservation r where r.unit_id = u.id and ${reservationSeenSql('r')})`,
    check: (f) => reservationOutcome(f.reservations),
  },
  ...unitPlaceRules,
];

/** A superset of the units a customer may see (their reservations): lets PostgreSQL start from the customer, not from every unit. */
export const unitCandidatesSql = `(select r.unit_id from reservation r where r.holder_id = :customer
  union select r.unit_id from reservation_associate ra join reservation r on r.id = ra.reservation_id where ra.customer_id = :customer)`;
