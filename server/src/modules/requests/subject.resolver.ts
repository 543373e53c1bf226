import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import { listCost } from '../../graphql/limits/cost.js';
import type { Context } from '../../graphql/context.js';
import { AccountKind } from '../auth/account.enums.js';
import { Portal } from '../portal/portal.entity.js';
import { findInScope } from '../scope/staff-scope.js';
import { RequestKind } from './request-kind.js';
import { Subject } from './subject.entity.js';
import { appliesToValuesFor, RequestTarget } from './subject-target.js';
import { Subsubject } from './subsubject.entity.js';
import { portalNameOf, SubsubjectPortalName } from './subsubject-names.js';

@Resolver(() => Subject)
export class SubjectResolver {
  @Access('CUSTOMER', 'SYNDIC', 'STAFF')
  @StaffScope('Subject')
  // A company has a handful of subjects per kind, each with a handful of subsubjects, and few portals (graphql/limits/cost.ts).
  @Query(() => [Subject], { description: 'Os assuntos ativos de um tipo de pedido, para abrir um pedido (a equipe vê também os inativos).', complexity: listCost(10) })
  async requestSubjects(
    @Arg('kind', () => RequestKind) kind: RequestKind,
    @Arg('target', () => RequestTarget, { nullable: true, description: 'Só os assuntos que se aplicam a este alvo (R-REQ-8: para o síndico, sempre áreas comuns).' }) target: RequestTarget | null,
    @Ctx() ctx: Context,
  ): Promise<Subject[]> {
    // R-REQ-8: a syndic opens requests for common areas only.
    const scope = isSyndic(ctx) ? RequestTarget.COMMON_AREA : target;
    const where = { kind, ...(scope ? { appliesTo: { $in: appliesToValuesFor(scope) } } : {}) };
    if (ctx.staff) return findInScope(ctx.em, ctx.staff, Subject, where, { orderBy: { name: 'asc' } });
    const { company } = (await ctx.portal()) as Portal;
    return ctx.em.find(Subject, { ...where, company, active: true }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [Subsubject], { complexity: listCost(10) })
  async subsubjects(@Root() subject: Subject, @Ctx() ctx: Context): Promise<Subsubject[]> {
    const { staff } = ctx;
    const rows = (await ctx.loaders.subsubjectsOfSubject.load(subject.id)).filter((s) => staff || s.active);
    // Portal users see them sorted by the name they see.
    const name = (s: Subsubject) => displayName(s, ctx);
    return rows.sort((a, b) => name(a).localeCompare(name(b), 'pt-BR'));
  }
}

const isSyndic = (ctx: Context) => ctx.viewer.kind === 'account' && ctx.viewer.account.kind === AccountKind.SYNDIC;

/** R-REQ-2: staff see the real name; a portal user, the name their portal shows. */
const displayName = (s: Subsubject, ctx: Context) =>
  ctx.staff ? s.name : portalNameOf(s, ctx.viewer.kind === 'account' ? (ctx.viewer.session.portal?.id ?? null) : null);

@Resolver(() => Subsubject)
export class SubsubjectResolver {
  @FieldResolver(() => String, { description: 'R-REQ-2: no portal, o nome de exibição dele (ou o geral) quando houver; para a equipe, sempre o nome real.' })
  name(@Root() subsubject: Subsubject, @Ctx() ctx: Context): string {
    return displayName(subsubject, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'R-REQ-2: o nome de exibição geral, de todos os portais (só para a equipe).' })
  portalDisplayName(@Root() subsubject: Subsubject, @Ctx() ctx: Context): string | null {
    return ctx.staff ? (subsubject.portalDisplayName ?? null) : null;
  }

  @FieldResolver(() => [SubsubjectPortalName], { description: 'R-REQ-2: os nomes de exibição próprios de cada portal (só para a equipe).', complexity: listCost(5) })
  displayNamesByPortal(@Root() subsubject: Subsubject, @Ctx() ctx: Context): SubsubjectPortalName[] {
    if (!ctx.staff) return [];
    return Object.entries(subsubject.portalDisplayNames ?? {}).map(([portalId, displayName]) => ({ portalId, displayName }));
  }
}
