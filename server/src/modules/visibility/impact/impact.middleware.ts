import type { EntityManager } from '@mikro-orm/postgresql';
import { IsolationLevel } from '@mikro-orm/core';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { DomainError } from '../../../domain-errors.js';
import { query } from '../sql.js';
import type { Context } from '../../../graphql/context.js';
import { heldAuditEntries } from '../../audit/audit.service.js';
import { focusOf } from './impact-focus.js';
import { compare, countsForAudit, hidingRules, planOf, snapshot, type Impact, type ImpactPage } from './impact.service.js';

/** The advisory lock a company's visibility-changing saves take in turn: this key, and the company's (a space of its own). */
const IMPACT_SAVE_LOCK = 4_701;

/** The mutations whose changes can alter what customers see or can do: each has its preview (ImpactChangeInput). */
export const PREVIEWED_MUTATIONS = new Set<string>();

/** Set on the context by `impactPreview` while it runs a change only to measure it. */
export interface ImpactPreviewRequest {
  page: ImpactPage;
}

/** The preview could not be worked out in time (a very large company): said so, nothing saved. */
export class ImpactTooSlowError extends DomainError {
  constructor() {
    super('PREVIEW_UNAVAILABLE', 'Não foi possível calcular a tempo o que esta mudança altera para os clientes desta empresa. Você pode salvar mesmo assim (a mudança é registrada na auditoria) ou cancelar.');
  }
}

/** Thrown out of the change's transaction, so that it rolls back, carrying what it would have done. */
export class ImpactPreviewed extends Error {
  constructor(readonly impact: Impact) {
    super('impact previewed (rolled back)');
  }
}

/**
 * R-EXPLAIN-4 around a visibility-changing mutation: the change runs inside one transaction that
 * first reads what every customer sees (the lists' rules, impact.service.ts), then makes the
 * change through the mutation's own code (its own transaction becomes a savepoint of this one),
 * then reads again and compares. A preview (`impactPreview`) throws the comparison out, which
 * rolls everything back; a save commits, its audit entries carrying the counts.
 */
/**
 * Runs part of the measurement in a savepoint with a short statement timeout: if it is too slow
 * for this company (or fails), it is undone and answers null, and the change goes on without it.
 */
async function guarded<T>(tx: EntityManager, ms: number, logger: { warn(o: object, m: string): void } | undefined, work: (inner: EntityManager) => Promise<T>): Promise<T | null> {
  try {
    return await tx.transactional(async (inner) => {
      const [{ previous }] = await query<{ previous: string }>(inner,
        "select current_setting('statement_timeout') as previous, set_config('statement_timeout', :ms, true)", { ms: String(ms) }) as [{ previous: string }];
      const answer = await work(inner);
      // Given up, the savepoint's rollback restores it; kept, it is put back by hand.
      await query(inner, "select set_config('statement_timeout', :previous, true)", { previous });
      return answer;
    });
  } catch (err) {
    logger?.warn({ err }, 'impact not measured');
    return null;
  }
}

/**
 * R-EXPLAIN-4 around a visibility-changing mutation: the change runs inside one transaction that
 * first reads what every customer sees of what the change can reach (the lists' rules,
 * impact.service.ts; what it can reach, impact-focus.ts), then makes the change through the
 * mutation's own code (its own transaction becomes a savepoint of this one), then reads again and
 * compares. A preview (`impactPreview`) throws the comparison out, which
 * rolls everything back; a save commits, its audit entries carrying the counts. Reading is given
 * up when a statement takes over `IMPACT_STATEMENT_MS` (2 s; a very large company): the preview says it could not be
 * worked out, and a save goes on without the counts — never held back by them.
 */
const measureImpact: MiddlewareFn<Context> = async ({ context: ctx, args, info }, next) => {
  const staff = ctx.staff;
  if (!staff) return next();
  const preview = ctx.impactPreview ?? null;
  const now = ctx.services.clock.now();
  const outside = ctx.em;
  const logger = ctx.services.logger;
  const holding = { entries: [] as Parameters<typeof ctx.services.audit.writeHeld>[1][number][] };
  try {
    // A preview sees the database as of its first statement (repeatable read): a save that commits
    // while it reads is counted on neither side, not as this change's; when both write the same row,
    // the preview fails with a serialization error and is asked again (impact.resolver.ts).
    return await outside.transactional(async (tx) => {
      ctx.em = tx;
      // A save waits for the company's other visibility-changing saves to end before it reads its
      // "before": what another save changes meanwhile is not counted as this one's. Waited for at most
      // `IMPACT_SAVE_WAIT_MS` (by default not at all): a save that does not get its turn goes on
      // without counts — never held back by them (fifty saves at once queued behind each other's
      // counts, each holding a connection). A preview, rolled back, waits for no one (it reads one
      // snapshot: see above).
      const turn = { space: IMPACT_SAVE_LOCK, company: staff.companyId };
      const wait = ctx.services.config.impactSaveWaitMs;
      const inTurn = preview || (wait > 0
        ? await guarded(tx, wait, logger, async (inner) => Boolean(await query(inner, 'select pg_advisory_xact_lock(:space, hashtext(:company))', turn)))
        : (await query<{ turn: boolean }>(tx, 'select pg_try_advisory_xact_lock(:space, hashtext(:company)) as turn', turn))[0]!.turn);
      // What the change can alter, from its arguments: only that is read, on both sides (impact-focus.ts).
      const plan = planOf(await focusOf(tx, info.fieldName, args));
      const before = inTurn && await guarded(tx, ctx.services.config.impactStatementMs, logger, (inner) => snapshot(inner, staff, 'before', now, plan));
      const result = await heldAuditEntries.run(holding, () => next());
      // Every change of these is audited (R-SET-2): nothing audited, nothing changed — for anyone.
      if (holding.entries.length === 0) {
        if (preview) throw new ImpactPreviewed({ counts: [], examples: [], more: new Set() });
        return result;
      }
      await tx.flush();
      const impact = before && await guarded(tx, ctx.services.config.impactStatementMs, logger, async (inner) => {
        const found = await compare(inner, staff.companyId, before, await snapshot(inner, staff, 'after', now, plan, before), preview?.page ?? null);
        // A loss is hidden now, inside the change; a gain was hidden before it (read after the rollback).
        if (preview) await hidingRules(inner, staff.companyId, found.examples.filter((pair) => pair.direction === 'LOST'), now);
        return found;
      });
      if (preview) throw impact ? new ImpactPreviewed(impact) : new ImpactTooSlowError();
      ctx.services.audit.writeHeld(tx, holding.entries, impact ? countsForAudit(impact.counts) : null);
      return result;
    }, preview ? { isolationLevel: IsolationLevel.REPEATABLE_READ } : {});
  } finally {
    ctx.em = outside;
  }
};

/** Marks a mutation as one whose impact on customers is previewed and recorded (R-EXPLAIN-4). */
export function ShowsImpact(): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    PREVIEWED_MUTATIONS.add(String(propertyKey));
    UseMiddleware(measureImpact)(target, propertyKey, descriptor);
  };
}
