import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { heldAuditEntries } from '../../audit/audit.service.js';
import { compare, countsForAudit, hidingRule, snapshot, type Impact, type ImpactPage } from './impact.service.js';

/** The mutations whose changes can alter what customers see or can do: each has its preview (ImpactChangeInput). */
export const PREVIEWED_MUTATIONS = new Set<string>();

/** Set on the context by `impactPreview` while it runs a change only to measure it. */
export interface ImpactPreviewRequest {
  page: ImpactPage;
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
const measureImpact: MiddlewareFn<Context> = async ({ context: ctx }, next) => {
  const staff = ctx.staff;
  if (!staff) return next();
  const preview = ctx.impactPreview ?? null;
  const now = ctx.services.clock.now();
  const outside = ctx.em;
  const holding = { entries: [] as Parameters<typeof ctx.services.audit.writeHeld>[1][number][] };
  try {
    return await outside.transactional(async (tx) => {
      ctx.em = tx;
      const before = await snapshot(tx, staff, 'before', now);
      const result = await heldAuditEntries.run(holding, () => next());
      // Every change of these is audited (R-SET-2): nothing audited, nothing changed — for anyone.
      if (holding.entries.length === 0) {
        if (preview) throw new ImpactPreviewed({ counts: [], examples: [], more: new Set() });
        return result;
      }
      await tx.flush();
      const after = await snapshot(tx, staff, 'after', now);
      const impact = await compare(tx, before, after, preview?.page ?? null);
      if (preview) {
        // A loss is hidden now, inside the change; a gain was hidden before it (read after the rollback).
        for (const pair of impact.examples) if (pair.direction === 'LOST') pair.rule = await hidingRule(tx, pair, now);
        throw new ImpactPreviewed(impact);
      }
      ctx.services.audit.writeHeld(tx, holding.entries, countsForAudit(impact.counts));
      return result;
    });
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
