import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { requiredName, saveAudited } from '../audit/audited-change.js';
import { staffOf, withinStaffScope } from '../visibility/scope.js';
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
  @Query(() => [ContractType])
  contractTypes(@Ctx() ctx: Context): Promise<ContractType[]> {
    return ctx.em.find(ContractType, { company: staffOf(ctx)!.company }, { orderBy: { name: 'asc' } });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => ContractType, { description: 'R-SET-2: auditado com antes e depois.' })
  async saveContractType(@Arg('input', () => ContractTypeInput) input: ContractTypeInput, @Ctx() ctx: Context): Promise<ContractType> {
    const company = staffOf(ctx)!.company;
    const existing = input.id ? await ctx.em.findOne(ContractType, { id: input.id, company }) : null;
    if (input.id && !existing) throw new NotFoundError('Tipo de contrato');
    const name = requiredName(existing ? input.name : (input.name ?? ''));
    return saveAudited(ctx, {
      existing,
      create: (tx) => tx.create(ContractType, { company, name: name! }),
      patch: { name, visibleToCustomer: input.visibleToCustomer },
      targetType: 'ContractType',
    });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Contract, { description: 'R-CONTRACT-2: marca o contrato como assinado e/ou validado (auditado).' })
  async setContractStatus(@Arg('input', () => ContractStatusInput) input: ContractStatusInput, @Ctx() ctx: Context): Promise<Contract> {
    const company = staffOf(ctx)!.company;
    const existing = await ctx.em.findOne(Contract, { id: input.contractId, type: { company } });
    if (!existing) throw new NotFoundError('Contrato');
    return saveAudited(ctx, {
      existing,
      create: () => existing,
      patch: { signed: input.signed, validated: input.validated, ...(input.signed && !existing.signed ? { signedAt: ctx.services.clock.now() } : {}) },
      targetType: 'Contract',
    });
  }
}

@Resolver(() => Contract)
export class ContractFieldsResolver {
  @Access('STAFF')
  @Query(() => Contract, { description: 'Um contrato (para a equipe).' })
  async contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Contract> {
    const scope = await withinStaffScope(ctx);
    const contract = await ctx.em.findOne(Contract, { id, type: { company: staffOf(ctx)!.company }, ...(scope.development ? { reservation: { unit: scope } } : {}) });
    if (!contract) throw new NotFoundError('Contrato');
    return contract;
  }

  @FieldResolver(() => Unit, { description: 'A unidade da reserva do contrato.' })
  async unit(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Unit> {
    const reservation = await ctx.loaders.reservation.load(contract.reservation.id);
    return (await ctx.loaders.unit.load(reservation!.unit.id))!;
  }

  @FieldResolver(() => [ContractOccurrence], { description: 'O histórico do contrato (R-DATA-4: alterações cadastrais aprovadas).' })
  occurrences(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractOccurrence[]> {
    return ctx.em.find(ContractOccurrence, { contract }, { orderBy: { at: 'desc' } });
  }

  @FieldResolver(() => ContractType)
  async type(@Root() contract: Contract, @Ctx() { loaders }: Context): Promise<ContractType> {
    return (await loaders.contractType.load(contract.type.id))!;
  }
}
