import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../domain-errors.js';
import { getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { Request } from './request.entity.js';
import { visibleRequests } from './request.service.js';

/**
 * A request's photo (stored file of kind REQUEST_PHOTO) is owned by the request (sent when it was
 * opened) or by a message of its conversation (sent with a reply). Who sees it is who sees the
 * request, by the request's own rules (SPEC §5 for portal users, the staff scope for staff) — and a
 * photo on an internal note never reaches a portal user.
 */
async function ownerOf(em: EntityManager, ownerId: string): Promise<{ requestId: string; internal: boolean } | null> {
  const [row] = await query<{ request_id: string; internal: boolean }>(
    em,
    `select m.request_id, m.visibility = 'INTERNAL' as internal from request_message m where m.id = :id
     union all select r.id, false from request r where r.id = :id`,
    { id: ownerId },
  );
  return row ? { requestId: row.request_id, internal: row.internal } : null;
}

export const requestPhotoRule = {
  async portal(em: EntityManager, scope: ViewerScope, ownerId: string): Promise<boolean> {
    const owner = await ownerOf(em, ownerId);
    if (!owner || owner.internal) return false;
    return (await visibleRequests(em, scope, { requestIds: [owner.requestId] })).length === 1;
  },
  async staff(em: EntityManager, staff: StaffViewer, ownerId: string): Promise<boolean> {
    const owner = await ownerOf(em, ownerId);
    if (!owner) return false;
    return getInScope(em, staff, Request, owner.requestId).then(() => true, (err: unknown) => {
      if (err instanceof NotFoundError) return false;
      throw err;
    });
  },
};
