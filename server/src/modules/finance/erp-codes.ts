import { Property } from '@mikro-orm/core';

/**
 * R-FIN-1: the ERP's codes of company, development, unit, customer and sale as the ERP sent them
 * with a financial record; the portal shows it only when all five match its reservation
 * (the financial rules compare them; the explainer names the one that does not match).
 */
export abstract class WithErpCodes {
  @Property({ type: 'text', nullable: true })
  companyCode?: string | null;

  @Property({ type: 'text', nullable: true })
  developmentCode?: string | null;

  @Property({ type: 'text', nullable: true })
  unitCode?: string | null;

  @Property({ type: 'text', nullable: true })
  customerCode?: string | null;

  @Property({ type: 'text', nullable: true })
  saleCode?: string | null;
}
