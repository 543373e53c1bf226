import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, toConnection } from '../../graphql/connection.js';
import { Customer } from '../customers/customer.entity.js';
import { idsInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { DeletionRequest, RetainedRecord } from './deletion-request.entity.js';
import type { DeletionRequestStatus } from './privacy.enums.js';
import type { DeletionRequestView } from './privacy.types.js';

/** Requests as people read them: the customer's name, who decided, and what was kept (two statements). */
async function viewsOf(em: EntityManager, requests: DeletionRequest[]): Promise<DeletionRequestView[]> {
  if (!requests.length) return [];
  await em.populate(requests, ['customer'] as never);
  const retained = await em.find(RetainedRecord, { deletionRequest: { $in: requests.map((r) => r.id) } }, { orderBy: { kind: 'asc', description: 'asc', id: 'asc' } });
  return requests.map((r) => ({
    id: r.id, customerId: r.customer.id, customerName: r.customer.name, status: r.status, reason: r.reason ?? null, requestedAt: r.requestedAt,
    decidedAt: r.decidedAt ?? null, decidedByName: r.decidedByLabel ?? null, refusalReason: r.refusalReason ?? null, retainedUntil: r.retainedUntil ?? null,
    retained: retained.filter((x) => x.deletionRequest.id === r.id).map((x) => ({
      id: x.id, kind: x.kind, description: x.description, legalBasis: x.legalBasis, retainUntil: x.retainUntil,
    })),
  }));
}

export async function deletionRequestViews(em: EntityManager, ids: string[]): Promise<DeletionRequestView[]> {
  const rows = await em.find(DeletionRequest, { id: { $in: ids } });
  return viewsOf(em, ids.flatMap((id) => rows.filter((r) => r.id === id)));
}

export async function myDeletionRequests(em: EntityManager, customerId: string): Promise<DeletionRequestView[]> {
  return viewsOf(em, await em.find(DeletionRequest, { customer: customerId }, { orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }] }));
}

/**
 * R-OPS-3, R-OPS-4: a page of the company's deletion requests whose customers this member of staff
 * reaches. Requests are few (a handful a year): the company's are read and kept to those in scope.
 */
export async function deletionRequestPage(
  em: EntityManager,
  staff: StaffViewer,
  args: { size: number; after?: string | null; status?: DeletionRequestStatus | null; customerId?: string | null },
) {
  const cursor = args.after ? decodeCursor(args.after) : null;
  const where: Record<string, unknown> = { company: staff.companyId };
  if (args.status) where.status = args.status;
  if (args.customerId) where.customer = args.customerId;
  if (cursor) where.$or = [{ requestedAt: { $lt: cursor.at } }, { requestedAt: cursor.at, id: { $lt: cursor.id } }];
  const rows = await em.find(DeletionRequest, where, { orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }] });
  const reachable = new Set((await idsInScope(em, staff, Customer, rows.map((r) => r.customer.id))).map((c) => c.id));
  const page = rows.filter((r) => reachable.has(r.customer.id)).slice(0, args.size + 1);
  const views = await viewsOf(em, page);
  return toConnection(views, args.size, (v) => encodeCursor(v.requestedAt, v.id));
}
