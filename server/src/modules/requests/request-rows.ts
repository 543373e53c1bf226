import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsAs, plainOf } from '../../db/plain-rows.js';
import { Request } from './request.entity.js';
import { Subsubject } from './subsubject.entity.js';
import { WorkflowStatus } from './workflow-status.entity.js';

/**
 * How the portal's read path reads requests: plain rows (db/plain-rows.ts), each with its status and
 * subsubject joined in whole, so a list that names them needs no other statement.
 */
export const requestSelect = (em: EntityManager, status = 'rq.status_id') =>
  `select rq.*, ${columnsAs(em, WorkflowStatus, 'ws', 'status')}, ${columnsAs(em, Subsubject, 'ss', 'subsubject')}
     from request rq join workflow_status ws on ws.id = ${status} join subsubject ss on ss.id = rq.subsubject_id`;

export const requestOfRow = (em: EntityManager, row: Record<string, unknown>): Request => ({
  ...plainOf(em, Request, row)!,
  // The joined status (an event's own, for a live event), not necessarily the row's status_id.
  status: plainOf(em, WorkflowStatus, row, 'status')!,
  subsubject: plainOf(em, Subsubject, row, 'subsubject')!,
});
