import type { watchActivity } from './live-activity.js';
import type { Subscribers } from './live-children.js';
import { wallClock } from './wall-clock.js';

const CHANGE = `mutation Change($input: ChangeRequestStatusInput!) { changeRequestStatus(input: $input) { id status { name } } }`;

export interface EventsPlan {
  graphqlUrl: string;
  staffToken: string;
  requestId: string;
  /** Events alternate between these statuses (ids, and the names subscribers must receive). */
  statusIds: [string, string];
  statusNames: [string, string];
  /** The subscribers who must receive each event (numbers as in Subscribers); every other receipt is wrong. */
  seers: Set<number>;
  events: number;
  /** Events sent first and not measured (plans, caches, JIT). */
  warmup: number;
  /** No new event once this long has passed (a server that takes minutes per fan-out still ends). */
  budgetMs: number;
}

export interface EventsResult {
  /** Events measured (after the warm-up, within the budget, with the mutation answered). */
  measured: number;
  /** Mutation sent → each right receipt, ms, over the measured events. */
  latencies: number[];
  /** Right receipts expected but not received, over the measured events. */
  missing: number;
  /** Receipts by someone who should not see the request (whole run). */
  others: number;
  /** Receipts by a seer with another status than the event's: late ones of an earlier event (whole run). */
  stale: number;
  /** Mutations answered with an error (their events are not measured), and the first error. */
  failedMutations: number;
  mutationError: string | null;
  /** Each event's fan-out, mutation sent → server quiet (wall-clock ms); `measured` false for warm-ups and failed mutations. */
  windows: { start: number; end: number; measured: boolean }[];
  /** Subscriptions that ended with an error by the end. */
  subscriptionErrors: number;
  firstError: string | null;
}

/**
 * Changes the request's status `warmup + events` times as staff, over HTTP, one event at a time:
 * waits until every expected receipt arrived (or 30 s), collects what the subscribers received,
 * then waits for the server to be quiet again (the end of the fan-out). A receipt's latency runs
 * from just before the mutation was sent, so it holds the mutation's own work and commit as well
 * as the fan-out. A mutation answered with an error (an overloaded server) is counted, not measured.
 */
export async function runEvents(subscribers: Subscribers, activity: ReturnType<typeof watchActivity>, plan: EventsPlan): Promise<EventsResult> {
  const result: EventsResult = { measured: 0, latencies: [], missing: 0, others: 0, stale: 0, failedMutations: 0, mutationError: null, windows: [], subscriptionErrors: 0, firstError: null };
  const started = wallClock();
  for (let e = 0; e < plan.warmup + plan.events && wallClock() - started < plan.budgetMs; e++) {
    const [statusId, statusName] = [plan.statusIds[e % 2]!, plan.statusNames[e % 2]!];
    const before = subscribers.received();
    const sent = wallClock();
    const res = await fetch(plan.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.staffToken}` },
      body: JSON.stringify({ query: CHANGE, variables: { input: { requestId: plan.requestId, statusId } } }),
    });
    const json = (await res.json().catch(() => ({}))) as { data?: { changeRequestStatus?: { status: { name: string } } } | null; errors?: { message: string }[] };
    const changed = json.data?.changeRequestStatus?.status.name === statusName;
    if (!changed) {
      result.failedMutations++;
      result.mutationError ??= `${res.status} ${json.errors?.[0]?.message ?? ''}`;
    }
    const deadline = wallClock() + 30_000;
    while (changed && subscribers.received() < before + plan.seers.size && wallClock() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const collected = await subscribers.collect();
    const right = collected.receipts.filter(([who, , status]) => plan.seers.has(who) && status === statusName);
    const seen = collected.receipts.filter(([who]) => plan.seers.has(who)).length;
    result.others += collected.receipts.length - seen;
    result.stale += seen - right.length;
    // Quiet is looked for from the last delivery on: before it the server is still at work.
    const lastDelivery = Math.max(sent, ...right.map(([, at]) => at));
    const end = (await activity.quietAfter(lastDelivery, 120_000)) ?? wallClock();
    const measured = e >= plan.warmup && changed;
    result.windows.push({ start: sent, end, measured });
    if (measured) {
      result.measured++;
      result.latencies.push(...right.map(([, at]) => at - sent));
      result.missing += plan.seers.size - new Set(right.map(([who]) => who)).size;
    }
    result.subscriptionErrors = collected.errors;
    result.firstError ??= collected.firstError;
    // A moment of quiet between events, for the probe's idle samples.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return result;
}
