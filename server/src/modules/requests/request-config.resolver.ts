import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { requiredName, saveAudited } from '../audit/audited-change.js';
import { staffOf } from '../visibility/scope.js';
import { RequestKind } from './request-kind.js';
import { Subject } from './subject.entity.js';
import { Subsubject } from './subsubject.entity.js';
import { WorkflowStatus } from './workflow-status.entity.js';
import { Workflow } from './workflow.entity.js';

@InputType({ description: 'Criar (sem id) ou alterar um assunto.' })
export class SubjectInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => RequestKind, { nullable: true, description: 'Obrigatório ao criar.' }) kind?: RequestKind;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType({ description: 'Criar (sem id) ou alterar um subassunto.' })
export class SubsubjectInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatório ao criar.' }) subjectId?: string | null;
  @Field(() => String, { nullable: true, description: 'O nome real, que a equipe vê.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'R-REQ-2: o nome que o portal mostra; vazio usa o nome real.' }) portalDisplayName?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType({ description: 'Criar (sem id) ou alterar o workflow de um tipo de pedido.' })
export class WorkflowInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => RequestKind, { nullable: true, description: 'Obrigatório ao criar.' }) kind?: RequestKind;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true, description: 'R-REQ-6: "Exibir assistência com situação Fim".' }) showFinishedInPortal?: boolean;
}

@InputType({ description: 'Criar (sem id) ou alterar uma situação de workflow.' })
export class WorkflowStatusInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatório ao criar.' }) workflowId?: string | null;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true, description: 'Situação final ("Fim").' }) isFinal?: boolean;
  @Field(() => Boolean, { nullable: true }) isInitial?: boolean;
  @Field(() => Int, { nullable: true }) position?: number;
}

@Resolver()
export class RequestConfigResolver {
  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Subject, { description: 'R-SET-2: auditado com antes e depois.' })
  async saveSubject(@Arg('input', () => SubjectInput) input: SubjectInput, @Ctx() ctx: Context): Promise<Subject> {
    const company = staffOf(ctx)!.company;
    const existing = input.id ? await ctx.em.findOne(Subject, { id: input.id, company }) : null;
    if (input.id && !existing) throw new NotFoundError('Assunto');
    if (!existing && !input.kind) throw new BadInputError('kind', 'Informe se o assunto é de atendimento ou de assistência.');
    const name = requiredName(existing ? input.name : (input.name ?? ''));
    return saveAudited(ctx, {
      existing,
      create: (tx) => tx.create(Subject, { company, kind: input.kind!, name: name! }),
      patch: { name, active: input.active },
      targetType: 'Subject',
    });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Subsubject, { description: 'R-REQ-2, R-SET-2: o nome de exibição no portal; auditado.' })
  async saveSubsubject(@Arg('input', () => SubsubjectInput) input: SubsubjectInput, @Ctx() ctx: Context): Promise<Subsubject> {
    const company = staffOf(ctx)!.company;
    const existing = input.id ? await ctx.em.findOne(Subsubject, { id: input.id, subject: { company } }) : null;
    if (input.id && !existing) throw new NotFoundError('Subassunto');
    const subject = existing ? null : input.subjectId ? await ctx.em.findOne(Subject, { id: input.subjectId, company }) : null;
    if (!existing && !subject) throw new BadInputError('subjectId', 'Escolha o assunto do subassunto.');
    const name = requiredName(existing ? input.name : (input.name ?? ''));
    const display = input.portalDisplayName === undefined ? undefined : input.portalDisplayName?.trim() || null;
    return saveAudited(ctx, {
      existing,
      create: (tx) => tx.create(Subsubject, { subject: subject!, name: name! }),
      patch: { name, portalDisplayName: display, active: input.active },
      targetType: 'Subsubject',
    });
  }

  @Access('STAFF')
  @Query(() => [Workflow])
  workflows(@Ctx() ctx: Context): Promise<Workflow[]> {
    return ctx.em.find(Workflow, { company: staffOf(ctx)!.company }, { orderBy: { kind: 'asc' } });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Workflow, { description: 'R-REQ-6, R-SET-2: auditado com antes e depois.' })
  async saveWorkflow(@Arg('input', () => WorkflowInput) input: WorkflowInput, @Ctx() ctx: Context): Promise<Workflow> {
    const company = staffOf(ctx)!.company;
    const existing = input.id ? await ctx.em.findOne(Workflow, { id: input.id, company }) : null;
    if (input.id && !existing) throw new NotFoundError('Workflow');
    if (!existing) {
      if (!input.kind) throw new BadInputError('kind', 'Informe o tipo de pedido do workflow.');
      if (await ctx.em.count(Workflow, { company, kind: input.kind })) throw new BadInputError('kind', 'Já existe um workflow para este tipo de pedido.');
    }
    const name = requiredName(existing ? input.name : (input.name ?? ''));
    return saveAudited(ctx, {
      existing,
      create: (tx) => tx.create(Workflow, { company, kind: input.kind!, name: name! }),
      patch: { name, showFinishedInPortal: input.showFinishedInPortal },
      targetType: 'Workflow',
    });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => WorkflowStatus, { description: 'R-REQ-4, R-SET-2: auditado com antes e depois.' })
  async saveWorkflowStatus(@Arg('input', () => WorkflowStatusInput) input: WorkflowStatusInput, @Ctx() ctx: Context): Promise<WorkflowStatus> {
    const company = staffOf(ctx)!.company;
    const existing = input.id ? await ctx.em.findOne(WorkflowStatus, { id: input.id, workflow: { company } }) : null;
    if (input.id && !existing) throw new NotFoundError('Situação');
    const workflow = existing ? null : input.workflowId ? await ctx.em.findOne(Workflow, { id: input.workflowId, company }) : null;
    if (!existing && !workflow) throw new BadInputError('workflowId', 'Escolha o workflow da situação.');
    const name = requiredName(existing ? input.name : (input.name ?? ''));
    if (input.position !== undefined && (!Number.isInteger(input.position) || input.position < 0)) throw new BadInputError('position', 'A posição é um número inteiro, 0 ou mais.');
    return saveAudited(ctx, {
      existing,
      create: (tx) => tx.create(WorkflowStatus, { workflow: workflow!, name: name!, position: input.position ?? 0 }),
      patch: { name, isFinal: input.isFinal, isInitial: input.isInitial, position: input.position },
      targetType: 'WorkflowStatus',
    });
  }
}

@Resolver(() => Workflow)
export class WorkflowFieldsResolver {
  @FieldResolver(() => [WorkflowStatus])
  statuses(@Root() workflow: Workflow, @Ctx() ctx: Context): Promise<WorkflowStatus[]> {
    return ctx.loaders.statusesOfWorkflow.load(workflow.id);
  }
}
