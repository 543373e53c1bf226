import { reservationOutcome, reservationSeenSql, unitPlaceRules, type UnitFacts } from '../developments/unit.rules.js';
import { fail, FixScreen, pass, type Rule } from '../visibility/rule.js';

/** SPEC §4: who sees a contract. SQL faces over the contract alias `c`. */

export interface ContractFacts {
  contractId: string;
  title: string;
  signed: boolean;
  validated: boolean;
  typeId: string;
  typeName: string;
  typeVisible: boolean;
  showContracts: boolean;
  /** The contract's unit, with `reservations` holding only the contract's own reservation (if the customer takes part in it). */
  unit: UnitFacts;
}

export const contractRules: Rule<ContractFacts>[] = [
  {
    id: 'R-CONTRACT-1',
    label: 'O portal exibe contratos',
    sql: `exists (select 1 from portal p where p.id = :portal and p.show_contracts)`,
    check: (f) =>
      f.showContracts
        ? pass('A opção "Exibir Contratos" do portal está ligada.')
        : fail('A opção "Exibir Contratos" do portal está desligada.', {
            screen: FixScreen.PORTAL_SETTINGS, id: f.unit.portalId, label: 'Ligar "Exibir Contratos"', setting: 'showContracts',
          }),
  },
  {
    id: 'R-CONTRACT-2',
    label: 'O contrato está assinado e validado',
    sql: `(c.signed and c.validated)`,
    check: (f) => {
      if (f.signed && f.validated) return pass('O contrato está assinado e validado.');
      const missing = [!f.signed && 'assinado', !f.validated && 'validado'].filter(Boolean).join(' nem ');
      return fail(`O contrato não está ${missing}.`, { screen: FixScreen.CONTRACT, id: f.contractId, label: 'Marcar o contrato como assinado e validado' });
    },
  },
  {
    id: 'R-CONTRACT-3',
    label: 'O tipo de contrato é exibido ao cliente',
    sql: `exists (select 1 from contract_type ct where ct.id = c.type_id and ct.visible_to_customer)`,
    check: (f) =>
      f.typeVisible
        ? pass(`O tipo "${f.typeName}" é exibido ao cliente.`)
        : fail(`O tipo de contrato "${f.typeName}" não está marcado para exibição ao cliente.`, {
            screen: FixScreen.CONTRACT_TYPE, id: f.typeId, label: `Marcar "exibir ao cliente" no tipo "${f.typeName}"`,
          }),
  },
  {
    id: 'R-CONTRACT-4',
    label: 'A unidade da reserva do contrato é visível ao cliente por essa reserva',
    sql: `exists (select 1 from reservation r join unit u on u.id = r.unit_id
                   where r.id = c.reservation_id and ${reservationSeenSql('r')}
                     and ${unitPlaceRules.map((rule) => `(${rule.sql})`).join(' and ')})`,
    check: (f) => {
      const bought = reservationOutcome(f.unit.reservations);
      if (!bought.passed) return { ...bought, detail: `Pela reserva deste contrato: ${bought.detail}` };
      const place = unitPlaceRules.map((rule) => rule.check(f.unit)).find((o) => !o.passed);
      if (place) return { ...place, detail: `A unidade "${f.unit.unitName}" está oculta: ${place.detail}` };
      return pass(`A unidade "${f.unit.unitName}" é visível ao cliente por esta reserva.`);
    },
  },
];

/** Contracts of reservations the customer takes part in: the superset lists start from. */
export const contractCandidatesSql = `(select c2.id from contract c2 join reservation r on r.id = c2.reservation_id where r.holder_id = :customer
  union select c2.id from contract c2 join reservation_associate ra on ra.reservation_id = c2.reservation_id where ra.customer_id = :customer)`;
