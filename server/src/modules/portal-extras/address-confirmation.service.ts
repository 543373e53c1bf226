import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer } from '../customers/customer.entity.js';
import type { Portal } from '../portal/portal.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { AddressConfirmation } from './address-confirmation.entity.js';
import { assertAddressConfirmationOn } from './extras-toggles.js';

export interface AddressStatus {
  customer: Customer;
  /** The latest confirmation of the address as it is now (a later change to the record voids it), or null. */
  confirmedAt: Date | null;
}

/** The latest confirmation of each customer's current record (one query). */
export async function latestConfirmations(em: EntityManager, customers: readonly Pick<Customer, 'id' | 'version'>[]): Promise<Map<string, Date>> {
  if (!customers.length) return new Map();
  const rows = await em.find(AddressConfirmation, { customer: { $in: customers.map((c) => c.id) } }, { orderBy: { confirmedAt: 'desc' } });
  const latest = new Map<string, Date>();
  for (const c of customers) {
    const row = rows.find((r) => r.customer.id === c.id && r.customerVersion === c.version);
    if (row) latest.set(c.id, row.confirmedAt);
  }
  return latest;
}

/** The customer's address and whether they confirmed it as it is now (R-SET-1: refused with the toggle off). */
export async function myAddressStatus(em: EntityManager, scope: ViewerScope & { customerId: string }, portal: Portal): Promise<AddressStatus> {
  assertAddressConfirmationOn(portal);
  const customer = await em.findOneOrFail(Customer, { id: scope.customerId });
  return { customer, confirmedAt: (await latestConfirmations(em, [customer])).get(customer.id) ?? null };
}

/** "Confirmar endereço": the customer says the address on record is current; recorded with when, for staff. */
export async function confirmMyAddress(em: EntityManager, scope: ViewerScope & { customerId: string }, portal: Portal): Promise<AddressStatus> {
  assertAddressConfirmationOn(portal);
  return em.transactional(async (tx) => {
    const customer = await tx.findOneOrFail(Customer, { id: scope.customerId });
    tx.create(AddressConfirmation, { customer, account: scope.accountId, customerVersion: customer.version, confirmedAt: scope.now });
    return { customer, confirmedAt: scope.now };
  });
}
