import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../visibility/sql.js';

/**
 * R-SYNC-2: records that carry an ERP code but were not written by the ERP's batches (the demo,
 * data typed in before the integration) are named by it in `erp_key`, so the ERP's next batch
 * updates them instead of making twins. Codes already taken are left as they are.
 */
export async function registerErpCodes(em: EntityManager, companyId: string): Promise<void> {
  const into = `insert into erp_key (company_id, kind, code, entity_id)`;
  const skip = `on conflict do nothing`;
  await execute(em, `${into} select company_id, 'DEVELOPMENT', erp_code, id from development where company_id = ? and erp_code is not null ${skip}`, [companyId]);
  await execute(em, `${into} select company_id, 'CUSTOMER', erp_code, id from customer where company_id = ? and erp_code is not null ${skip}`, [companyId]);
  await execute(em, `${into} select d.company_id, 'UNIT', u.erp_code, u.id from unit u join development d on d.id = u.development_id
    where d.company_id = ? and u.erp_code is not null ${skip}`, [companyId]);
  await execute(em, `${into} select d.company_id, 'RESERVATION', r.erp_code, r.id from reservation r join unit u on u.id = r.unit_id
    join development d on d.id = u.development_id where d.company_id = ? and r.erp_code is not null ${skip}`, [companyId]);
  // Money (SPEC §8): plans, installments, bills and billing blocks carry their company.
  for (const [kind, table] of [['INSTALLMENT_PLAN', 'installment_plan'], ['INSTALLMENT', 'installment'], ['BILL', 'bill'], ['BILLING_BLOCK', 'billing_block']] as const) {
    await execute(em, `${into} select company_id, '${kind}', erp_code, id from ${table} where company_id = ? and erp_code is not null ${skip}`, [companyId]);
  }
}
