import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { sessionPortal } from '../finance/finance.resolver.js';
import { requireStaff } from '../visibility/scope.js';
import { FaqCategory } from './faq-category.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import { FaqCategoryInput, FaqEntryInput } from './faq.input.js';
import { customerFaq, deleteFaqEntry, portalFaq, saveFaqCategory, saveFaqEntry } from './faq.service.js';

@Resolver(() => FaqCategory)
export class FaqResolver {
  @Access('CUSTOMER', 'SYNDIC')
  @Query(() => [FaqCategory], {
    description: 'As perguntas frequentes do portal, por categoria; `search` acha as que têm todas as palavras (sem diferenciar acentos). R-SET-1: FEATURE_DISABLED com "Exibir perguntas frequentes" desligado.',
  })
  faq(@Arg('search', () => String, { nullable: true }) search: string | null, @Ctx() ctx: Context): Promise<FaqCategory[]> {
    return customerFaq(ctx.em, sessionPortal(ctx), search);
  }

  @Access('STAFF')
  @StaffScope('Portal, FaqCategory')
  @Query(() => [FaqCategory], { description: 'Todas as categorias e perguntas de um portal (ativas ou não), para editar.' })
  portalFaq(@Arg('portalId', () => ID) portalId: string, @Ctx() ctx: Context): Promise<FaqCategory[]> {
    return portalFaq(ctx.em, requireStaff(ctx), portalId);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), FaqCategory')
  @Mutation(() => FaqCategory, { description: 'R-SET-2: cria ou altera uma categoria das perguntas frequentes (auditado).' })
  saveFaqCategory(@Arg('input', () => FaqCategoryInput) input: FaqCategoryInput, @Ctx() ctx: Context): Promise<FaqCategory> {
    return saveFaqCategory(ctx.em, requireStaff(ctx), ctx.services.audit, input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), FaqEntry')
  @Mutation(() => FaqEntry, { description: 'R-SET-2: cria ou altera uma pergunta frequente (auditado).' })
  saveFaqEntry(@Arg('input', () => FaqEntryInput) input: FaqEntryInput, @Ctx() ctx: Context): Promise<FaqEntry> {
    return saveFaqEntry(ctx.em, requireStaff(ctx), ctx.services.audit, input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Portal (write), FaqEntry')
  @Mutation(() => Boolean, { description: 'R-SET-2: exclui uma pergunta frequente (auditado).' })
  deleteFaqEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteFaqEntry(ctx.em, requireStaff(ctx), ctx.services.audit, id);
  }

  @FieldResolver(() => [FaqEntry], { description: 'As perguntas da categoria, em ordem (para o cliente: as ativas que atendem à busca).' })
  entries(@Root() category: FaqCategory): FaqEntry[] {
    return category.shown ?? [];
  }
}

@Resolver(() => FaqEntry)
export class FaqEntryResolver {
  @FieldResolver(() => ID)
  categoryId(@Root() entry: FaqEntry): string {
    return entry.category.id;
  }
}
