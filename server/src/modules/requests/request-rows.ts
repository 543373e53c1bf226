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

export const requestOfRow = (em: EntityManager, row: Record<string, unknown>, seen?: { statuses: Map<unknown, unknown>; subsubjects: Map<unknown, unknown> }): Request =>
  Object.assign(plainOf(em, Request, row)!, {
    // The joined status (an event's own, for a live event), not necessarily the row's status_id.
    status: plainOf(em, WorkflowStatus, row, 'status', seen?.statuses)!,
    subsubject: plainOf(em, Subsubject, row, 'subsubject', seen?.subsubjects)!,
  });

/** Every row of one statement, each status and subsubject made once. */
export const requestsOfRows = (em: EntityManager, rows: Record<string, unknown>[]): Request[] => {
  const seen = { statuses: new Map(), subsubjects: new Map() };
  return rows.map((row) => requestOfRow(em, row, seen));
};
