import { registerEnumType } from 'type-graphql';

/** R-FIN-11: how the company discounts a prepaid installment (the formulas are in prepayment.ts and the README). */
export enum PrepaymentMethod {
  /** Desconto racional composto: PV = FV / (1 + i)^(n/30). */
  COMPOUND = 'COMPOUND',
  /** Desconto racional simples: PV = FV / (1 + i·n/30). */
  SIMPLE = 'SIMPLE',
}
registerEnumType(PrepaymentMethod, { name: 'PrepaymentMethod', description: 'R-FIN-11: método de desconto da antecipação (composto ou simples).' });
