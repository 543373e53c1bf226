import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ShowsImpact } from '../visibility/impact/impact.middleware.js';
import { BadInputError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { requiredName } from '../audit/audited-change.js';
import { assertCompanyWide, findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { RequestKind } from './request-kind.js';
import { Subject } from './subject.entity.js';
import { SubjectAppliesTo } from './subject-target.js';
import { Subsubject } from './subsubject.entity.js';
import { checkPortalNameChanges, withPortalNames } from './subsubject-names.js';
import { WorkflowStatus } from './workflow-status.entity.js';
import { Workflow } from './workflow.entity.js';

@InputType({ description: 'Criar (sem id) ou alterar um assunto.' })
export class SubjectInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => RequestKind, { nullable: true, description: 'Obrigatório ao criar.' }) kind?: RequestKind;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => SubjectAppliesTo, { nullable: true, description: 'Onde o assunto se aplica (ao criar, sem ele: BOTH).' }) appliesTo?: SubjectAppliesTo;
}

@InputType({ description: 'R-REQ-2: o nome de exibição de um subassunto num portal; vazio volta ao nome de exibição geral.' })
export class SubsubjectPortalNameInput {
  @Field(() => ID) portalId!: string;
  @Field(() => String) displayName!: string;
}

@InputType({ description: 'Criar (sem id) ou alterar um subassunto.' })
export class SubsubjectInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'Obrigatório ao criar.' }) subjectId?: string | null;
  @Field(() => String, { nullable: true, description: 'O nome real, que a equipe vê.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'R-REQ-2: o nome que os portais mostram; vazio usa o nome real.' }) portalDisplayName?: string | null;
  @Field(() => [SubsubjectPortalNameInput], { nullable: true, description: 'R-REQ-2: nomes próprios de alguns portais (os portais não citados ficam como estão).' })
  displayNamesByPortal?: SubsubjectPortalNameInput[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType({ description: 'Criar (sem id) ou alterar o workflow de um tipo de pedido.' })
export class WorkflowInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => RequestKind, { nullable: true, description: 'Obrigatório ao criar.' }) kind?: RequestKind;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true, description: 'R-REQ-6: "Exibir assistência com situação Fim".' }) showFinishedInPortal?: boolean;
  @Field(() => Int, { nullable: true, description: 'Prazo de atendimento em horas (o relógio de SLA da equipe); 0 tira o prazo.' }) dueHours?: number | null;
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
  @StaffScope('Subject')
  @Mutation(() => Subject, { description: 'R-SET-2: auditado com antes e depois.' })
  saveSubject(@Arg('input', () => SubjectInput) input: SubjectInput, @Ctx() ctx: Context): Promise<Subject> {
    const staff = requireStaff(ctx);
    if (!input.id) {
      assertCompanyWide(staff);
      if (!input.kind) throw new BadInputError('kind', 'Informe se o assunto é de atendimento ou de assistência.');
    }
    const name = requiredName(input.id ? input.name : (input.name ?? ''));
    return ctx.services.audit.save(ctx.em, staff, Subject, {
      load: input.id ? (tx) => getInScope(tx, staff, Subject, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(Subject, { company: staff.companyId, kind: input.kind!, name: name! }),
      patch: { name, active: input.active, appliesTo: input.appliesTo }
    });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Subsubject, Subject')
  @Mutation(() => Subsubject, { description: 'R-REQ-2, R-SET-2: o nome de exibição no portal; auditado.' })
  async saveSubsubject(@Arg('input', () => SubsubjectInput) input: SubsubjectInput, @Ctx() ctx: Context): Promise<Subsubject> {
    const staff = requireStaff(ctx);
    const name = requiredName(input.id ? input.name : (input.name ?? ''));
    const display = input.portalDisplayName === undefined ? undefined : input.portalDisplayName?.trim() || null;
    if (!input.id) {
      assertCompanyWide(staff);
      if (!input.subjectId) throw new BadInputError('subjectId', 'Escolha o assunto do subassunto.');
    }
    const subject = input.id ? null : await getInScope(ctx.em, staff, Subject, input.subjectId!);
    const portalNames = input.displayNamesByPortal ? await checkPortalNameChanges(ctx.em, staff, input.displayNamesByPortal) : null;
    return ctx.services.audit.save(ctx.em, staff, Subsubject, {
      load: input.id ? (tx) => getInScope(tx, staff, Subsubject, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(Subsubject, { subject: subject!, name: name! }),
      // R-REQ-2: per-portal names merged into what the locked record holds.
      patch: (record) => ({
        name, portalDisplayName: display, active: input.active,
        portalDisplayNames: portalNames ? withPortalNames(record.portalDisplayNames, portalNames) : undefined,
      }),
    });
  }

  @Access('STAFF')
  @StaffScope('Workflow')
  @Query(() => [Workflow])
  workflows(@Ctx() ctx: Context): Promise<Workflow[]> {
    return findInScope(ctx.em, requireStaff(ctx), Workflow, {}, { orderBy: { kind: 'asc' } });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Workflow')
  @ShowsImpact()
  @Mutation(() => Workflow, { description: 'R-REQ-6, R-SET-2: auditado com antes e depois.' })
  async saveWorkflow(@Arg('input', () => WorkflowInput) input: WorkflowInput, @Ctx() ctx: Context): Promise<Workflow> {
    const staff = requireStaff(ctx);
    if (!input.id) {
      assertCompanyWide(staff);
      if (!input.kind) throw new BadInputError('kind', 'Informe o tipo de pedido do workflow.');
      if (await ctx.em.count(Workflow, { company: staff.companyId, kind: input.kind })) throw new BadInputError('kind', 'Já existe um workflow para este tipo de pedido.');
    }
    const name = requiredName(input.id ? input.name : (input.name ?? ''));
    if (input.dueHours != null && (!Number.isInteger(input.dueHours) || input.dueHours < 0 || input.dueHours > 24 * 365)) {
      throw new BadInputError('dueHours', 'O prazo de atendimento é um número inteiro de horas, de 0 (sem prazo) a 8760.');
    }
    const dueHours = input.dueHours === undefined || input.dueHours === null ? undefined : input.dueHours || null;
    return ctx.services.audit.save(ctx.em, staff, Workflow, {
      load: input.id ? (tx) => getInScope(tx, staff, Workflow, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(Workflow, { company: staff.companyId, kind: input.kind!, name: name! }),
      patch: { name, showFinishedInPortal: input.showFinishedInPortal, dueHours }
    });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('WorkflowStatus, Workflow')
  @Mutation(() => WorkflowStatus, { description: 'R-REQ-4, R-SET-2: auditado com antes e depois.' })
  async saveWorkflowStatus(@Arg('input', () => WorkflowStatusInput) input: WorkflowStatusInput, @Ctx() ctx: Context): Promise<WorkflowStatus> {
    const staff = requireStaff(ctx);
    const name = requiredName(input.id ? input.name : (input.name ?? ''));
    if (!input.id) {
      assertCompanyWide(staff);
      if (!input.workflowId) throw new BadInputError('workflowId', 'Escolha o workflow da situação.');
    }
    if (input.position !== undefined && (!Number.isInteger(input.position) || input.position < 0)) throw new BadInputError('position', 'A posição é um número inteiro, 0 ou mais.');
    const workflow = input.id ? null : await getInScope(ctx.em, staff, Workflow, input.workflowId!);
    return ctx.services.audit.save(ctx.em, staff, WorkflowStatus, {
      load: input.id ? (tx) => getInScope(tx, staff, WorkflowStatus, input.id!, LOCKED_WRITE) : undefined,
      create: (tx) => tx.create(WorkflowStatus, { workflow: workflow!, name: name!, position: input.position ?? 0 }),
      patch: { name, isFinal: input.isFinal, isInitial: input.isInitial, position: input.position }
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
