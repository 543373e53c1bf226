import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../portal/portal.entity.js';
import { findInScope } from '../scope/staff-scope.js';
import { RequestKind } from './request-kind.js';
import { Subject } from './subject.entity.js';
import { Subsubject } from './subsubject.entity.js';

@Resolver(() => Subject)
export class SubjectResolver {
  @Access('CUSTOMER', 'SYNDIC', 'STAFF')
  @StaffScope('Subject')
  @Query(() => [Subject], { description: 'Os assuntos ativos de um tipo de pedido, para abrir um pedido (a equipe vê também os inativos).' })
  async requestSubjects(@Arg('kind', () => RequestKind) kind: RequestKind, @Ctx() ctx: Context): Promise<Subject[]> {
    if (ctx.staff) return findInScope(ctx.em, ctx.staff, Subject, { kind }, { orderBy: { name: 'asc' } });
    const { company } = (await ctx.portal()) as Portal;
    return ctx.em.find(Subject, { company, kind, active: true }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [Subsubject])
  async subsubjects(@Root() subject: Subject, @Ctx() ctx: Context): Promise<Subsubject[]> {
    const { staff } = ctx;
    const rows = (await ctx.loaders.subsubjectsOfSubject.load(subject.id)).filter((s) => staff || s.active);
    // Portal users see them sorted by the name they see.
    return rows.sort((a, b) => displayName(a, !!staff).localeCompare(displayName(b, !!staff), 'pt-BR'));
  }
}

const displayName = (s: Subsubject, forStaff: boolean) => (forStaff ? s.name : s.portalDisplayName || s.name);

@Resolver(() => Subsubject)
export class SubsubjectResolver {
  @FieldResolver(() => String, { description: 'R-REQ-2: no portal, o nome de exibição quando houver; para a equipe, sempre o nome real.' })
  name(@Root() subsubject: Subsubject, @Ctx() ctx: Context): string {
    return displayName(subsubject, !!ctx.staff);
  }

  @FieldResolver(() => String, { nullable: true, description: 'R-REQ-2: o nome de exibição no portal (só para a equipe).' })
  portalDisplayName(@Root() subsubject: Subsubject, @Ctx() ctx: Context): string | null {
    return ctx.staff ? (subsubject.portalDisplayName ?? null) : null;
  }
}
