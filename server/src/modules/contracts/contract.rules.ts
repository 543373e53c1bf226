import { reservationUnitRule, type UnitFacts } from '../developments/unit.rules.js';
import { say } from '../../locale.js';
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
    label: say('O portal exibe contratos', 'The portal shows contracts'),
    sql: `exists (select 1 from portal p where p.id = :portal and p.show_contracts)`,
    check: (f) =>
      f.showContracts
        ? pass(say('A opção "Exibir Contratos" do portal está ligada.', 'The portal\'s "Show contracts" setting is on.'))
        : fail(say('A opção "Exibir Contratos" do portal está desligada.', 'The portal\'s "Show contracts" setting is off.'), {
            screen: FixScreen.PORTAL_SETTINGS, id: f.unit.portalId, label: say('Ligar "Exibir Contratos"', 'Turn "Show contracts" on'), setting: 'showContracts',
          }),
  },
  {
    id: 'R-CONTRACT-2',
    label: say('O contrato está assinado e validado', 'The contract is signed and validated'),
    sql: `(c.signed and c.validated)`,
    check: (f) => {
      if (f.signed && f.validated) return pass(say('O contrato está assinado e validado.', 'The contract is signed and validated.'));
      const missing = [!f.signed && ['assinado', 'signed'], !f.validated && ['validado', 'validated']].filter((x) => x !== false);
      return fail(say(`O contrato não está ${missing.map(([pt]) => pt).join(' nem ')}.`, `The contract is not ${missing.map(([, en]) => en).join(' or ')}.`), {
        screen: FixScreen.CONTRACT, id: f.contractId, label: say('Marcar o contrato como assinado e validado', 'Mark the contract as signed and validated'),
      });
    },
  },
  {
    id: 'R-CONTRACT-3',
    label: say('O tipo de contrato é exibido ao cliente', 'The contract type is shown to the customer'),
    sql: `exists (select 1 from contract_type ct where ct.id = c.type_id and ct.visible_to_customer)`,
    check: (f) =>
      f.typeVisible
        ? pass(say(`O tipo "${f.typeName}" é exibido ao cliente.`, `The type "${f.typeName}" is shown to the customer.`))
        : fail(say(`O tipo de contrato "${f.typeName}" não está marcado para exibição ao cliente.`, `The contract type "${f.typeName}" is not marked as shown to the customer.`), {
            screen: FixScreen.CONTRACT_TYPE, id: f.typeId, label: say(`Marcar "exibir ao cliente" no tipo "${f.typeName}"`, `Tick "Shown to the customer" on the type "${f.typeName}"`),
          }),
  },
  reservationUnitRule('R-CONTRACT-4', say('A unidade da reserva do contrato é visível ao cliente por essa reserva', 'The unit of the contract\'s reservation is visible to the customer through that reservation'),
    'c.reservation_id', (f) => f.unit, say('deste contrato', 'this contract\'s')),
];

/** Contracts of reservations the customer takes part in: the superset lists start from. */
export const contractCandidatesSql = `(select c2.id from contract c2 join reservation r on r.id = c2.reservation_id where r.holder_id = :customer
  union select c2.id from contract c2 join reservation_associate ra on ra.reservation_id = c2.reservation_id where ra.customer_id = :customer)`;
