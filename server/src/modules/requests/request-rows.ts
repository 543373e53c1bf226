import { prime, type Loaders } from '../../graphql/loaders.js';
import type { Request } from './request.entity.js';

/** Requests read by the rule query come with their status and subsubject (request.service.ts): the loaders get them. */
export function primedRequests(loaders: Loaders, requests: Request[]): Request[] {
  prime(loaders.workflowStatus, requests.map((r) => r.status));
  prime(loaders.subsubject, requests.map((r) => r.subsubject));
  return requests;
}
