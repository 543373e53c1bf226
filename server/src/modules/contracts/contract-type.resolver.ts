import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ShowsImpact } from '../visibility/impact/impact.middleware.js';
import { whole } from '../../db/plain-rows.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { requiredName } from '../audit/audited-change.js';
import { assertCompanyWide, findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { ContractOccurrence } from '../data-changes/contract-occurrence.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { ContractType } from './contract-type.entity.js';
import { Contract } from './contract.entity.js';

@InputType({ description: 'Criar (sem id) ou alterar um tipo de contrato.' })
export class ContractTypeInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true, description: 'R-CONTRACT-3' }) visibleToCustomer?: boolean;
}

@InputType({ description: 'Marcar um contrato como assinado e/ou validado (R-CONTRACT-2).' })
export class ContractStatusInput {
  @Field(() => ID) contractId!: string;
  @Field(() => Boolean, { nullable: true }) signed?: boolean;
  @Field(() => Boolean, { nullable: true }) validated?: boolean;
}

@Resolver(() => ContractType)
export class ContractTypeResolver {
  @Access('STAFF')
  @StaffScope('ContractType')
  @Query(() => [ContractType])
  contractTypes(@Ctx() ctx: Context): Promise<ContractType[]> {
    return findInScope(ctx.em, requireStaff(ctx), ContractType, {}, { orderBy: { name: 'asc' } });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('ContractType')
  @ShowsImpact()
  @Mutation(() => ContractType, { description: 'R-SET-2: auditado com antes e depois.' })
  saveContractType(@Arg('input', () => ContractTypeInput) input: ContractTypeInput, @Ctx() ctx: Context): Promise<ContractType> {
    const staff = requireStaff(ctx);
    const name = requiredName(input.id ? input.name : (input.name ?? ''));
    if (!input.id) assertCompanyWide(staff);
    return ctx.services.audit.save(ctx.em, staff, ContractType, {
      load: input.id ? (tx) => getInScope(tx, staff, ContractType, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(ContractType, { company: staff.companyId, name: name! }),
      patch: { name, visibleToCustomer: input.visibleToCustomer }
    });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Contract')
  @Mutation(() => Contract, { description: 'R-CONTRACT-2: marca o contrato como assinado e/ou validado (auditado).' })
  setContractStatus(@Arg('input', () => ContractStatusInput) input: ContractStatusInput, @Ctx() ctx: Context): Promise<Contract> {
    const staff = requireStaff(ctx);
    const now = ctx.services.clock.now();
    return ctx.services.audit.save(ctx.em, staff, Contract, {
      load: (tx) => getInScope(tx, staff, Contract, input.contractId, LOCKED_WRITE),
      patch: (contract) => ({ signed: input.signed, validated: input.validated, ...(input.signed && !contract.signed ? { signedAt: now } : {}) })
    });
  }
}

@Resolver(() => Contract)
export class ContractFieldsResolver {
  @Access('STAFF')
  @StaffScope('Contract')
  @Query(() => Contract, { description: 'Um contrato (para a equipe).' })
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Contract> {
    return getInScope(ctx.em, requireStaff(ctx), Contract, id);
  }

  @FieldResolver(() => Unit, { description: 'A unidade da reserva do contrato.' })
  async unit(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Unit> {
    const reservation = await ctx.loaders.reservation.load(contract.reservation.id);
    return (await ctx.loaders.unit.load(reservation!.unit.id))!;
  }

  @FieldResolver(() => [ContractOccurrence], { description: 'O histórico do contrato (R-DATA-4: alterações cadastrais aprovadas).' })
  occurrences(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractOccurrence[]> {
    return ctx.em.find(ContractOccurrence, { contract: contract.id }, { orderBy: { at: 'desc' } });
  }

  // The customer's contracts come with their type whole (contract.service.ts): answered at once.
  @FieldResolver(() => ContractType)
  type(@Root() contract: Contract, @Ctx() { loaders }: Context): ContractType | Promise<ContractType> {
    return whole(contract.type) ?? loaders.contractType.load(contract.type.id).then((t) => t!);
  }
}
