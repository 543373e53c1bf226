import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { ShowsImpact } from '../visibility/impact/impact.middleware.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { requiredName } from '../audit/audited-change.js';
import { assertCompanyWide, findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
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
  @StaffScope('AssociationType')
  @Query(() => [AssociationType])
  associationTypes(@Ctx() ctx: Context): Promise<AssociationType[]> {
    return findInScope(ctx.em, requireStaff(ctx), AssociationType, {}, { orderBy: { name: 'asc' } });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('AssociationType')
  @ShowsImpact()
  @Mutation(() => AssociationType, { description: 'R-SET-2: auditado com antes e depois.' })
  saveAssociationType(@Arg('input', () => AssociationTypeInput) input: AssociationTypeInput, @Ctx() ctx: Context): Promise<AssociationType> {
    const staff = requireStaff(ctx);
    const name = requiredName(input.id ? input.name : (input.name ?? ''));
    if (!input.id) assertCompanyWide(staff);
    return ctx.services.audit.save(ctx.em, staff, AssociationType, {
      load: input.id ? (tx) => getInScope(tx, staff, AssociationType, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(AssociationType, { company: staff.companyId, name: name! }),
      patch: { name, seesUnitsInPortal: input.seesUnitsInPortal, seesHolderBills: input.seesHolderBills }
    });
  }
}
