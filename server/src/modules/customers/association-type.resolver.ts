import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { requiredName, saveAudited } from '../audit/audited-change.js';
import { staffOf } from '../visibility/scope.js';
import { AssociationType } from './association-type.entity.js';

@InputType({ description: 'Criar (sem id) ou alterar um tipo de associação.' })
export class AssociationTypeInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true, description: 'R-UNIT-1: "Visualiza Unidades Portal".' }) seesUnitsInPortal?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'R-FIN-3' }) seesHolderBills?: boolean;
}

@Resolver(() => AssociationType)
export class AssociationTypeResolver {
  @Access('STAFF')
  @Query(() => [AssociationType])
  associationTypes(@Ctx() ctx: Context): Promise<AssociationType[]> {
    return ctx.em.find(AssociationType, { company: staffOf(ctx)!.company }, { orderBy: { name: 'asc' } });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => AssociationType, { description: 'R-SET-2: auditado com antes e depois.' })
  async saveAssociationType(@Arg('input', () => AssociationTypeInput) input: AssociationTypeInput, @Ctx() ctx: Context): Promise<AssociationType> {
    const company = staffOf(ctx)!.company;
    const existing = input.id ? await ctx.em.findOne(AssociationType, { id: input.id, company }) : null;
    if (input.id && !existing) throw new NotFoundError('Tipo de associação');
    const name = requiredName(existing ? input.name : (input.name ?? ''));
    return saveAudited(ctx, {
      existing,
      create: (tx) => tx.create(AssociationType, { company, name: name! }),
      patch: { name, seesUnitsInPortal: input.seesUnitsInPortal, seesHolderBills: input.seesHolderBills },
      targetType: 'AssociationType',
    });
  }
}
