import type { EntityManager } from '@mikro-orm/postgresql';
import { say } from '../../locale.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import type { Customer } from '../customers/customer.entity.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { CustomField } from './custom-field.entity.js';
import { DataChangeRequest, DataChangeStatus } from './data-change-request.entity.js';
import { emailInUse } from './data-change.service.js';
import { labelOf } from './data-fields.js';
import type { DataChangeFacts } from './data-change.rules.js';

/** How many of a customer's requests the explainer looks at, newest first. */
export const RECENT_DATA_CHANGES = 5;

/** What the data-change rules look at: the customer's most recent requests (newest first) and the company's approval mode, within the staff member's scope. */
export async function loadDataChangeFacts(em: EntityManager, staff: StaffViewer, customer: Customer) {
  const company = await getInScope(em, staff, Company, staff.companyId);
  const requests = await findInScope(em, staff, DataChangeRequest, { customer: customer.id }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: RECENT_DATA_CHANGES });
  const deciderIds = [...new Set(requests.flatMap((r) => (r.decidedBy ? [r.decidedBy.id] : [])))];
  const deciders = new Map((deciderIds.length ? await em.find(Account, { id: { $in: deciderIds } }) : []).map((a) => [a.id, a.name]));
  const customFields = await em.find(CustomField, { company: company.id });
  const facts: DataChangeFacts[] = [];
  for (const [i, r] of requests.entries()) {
    const email = r.proposed.email ?? null;
    // A request is superseded when the customer sends the next one (data-change.service.ts).
    const newer = i > 0 ? requests[i - 1]! : null;
    facts.push({
      id: r.id, status: r.status, createdAt: r.createdAt, fields: Object.keys(r.proposed).map((f) => say(labelOf(f, customFields), labelOf(f, customFields, 'en'))),
      decidedAt: r.decidedAt ?? null, decidedByName: r.decidedBy ? (deciders.get(r.decidedBy.id) ?? null) : null, rejectionReason: r.rejectionReason ?? null,
      supersededBy: r.status === DataChangeStatus.INACTIVE && newer ? { id: newer.id, createdAt: newer.createdAt } : null,
      baseVersion: r.baseVersion, customerVersion: customer.version, proposesEmail: email !== null,
      emailInUse: r.status === DataChangeStatus.PENDING && email !== null ? await emailInUse(em, customer, email) : false,
      approval: company.dataChangeApproval, companyId: company.id,
    });
  }
  return { approval: { approval: company.dataChangeApproval, companyId: company.id }, requests: facts };
}
