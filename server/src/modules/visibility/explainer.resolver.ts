import { Arg, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { inLocale } from '../../locale.js';
import { PortalMenu } from '../portal/menu.rules.js';
import { Portal } from '../portal/portal.entity.js';
import { checkIn, RuleCheck } from './explain.js';
import { explainVisibility } from './explainer.service.js';
import { requireStaff } from './scope.js';

@InputType({ description: 'O que explicar: exatamente um.' })
export class VisibilityTarget {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SPEC §8: um boleto.' })
  billId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SPEC §8: uma parcela.' })
  installmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'R-WORK-1: um registro do diário de obra ("por que o cliente não vê o diário" é o menu WORK_LOG).' })
  workLogEntryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'R-UNIT-4: um documento do empreendimento (manual do proprietário, memorial descritivo…).' })
  documentId?: string | null;

  @Field(() => PortalMenu, { nullable: true })
  menu?: PortalMenu | null;

  @Field(() => Boolean, { nullable: true, description: 'Por que o cliente (ou o síndico) não consegue entrar.' })
  login?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'R-DATA: por que a alteração cadastral do cliente (não) foi aplicada.' })
  dataChange?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'R-REQ-8: quais áreas comuns o síndico vê (só para síndico).' })
  commonAreas?: boolean | null;
}

@InputType({ description: 'Sobre quem é a pergunta (um cliente ou um síndico, exatamente um) e o quê.' })
export class ExplainVisibilityInput {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'R-REQ-8: o síndico, no lugar de um cliente.' })
  syndicId?: string | null;

  @Field(() => VisibilityTarget)
  target!: VisibilityTarget;

  @Field(() => ID, { nullable: true, description: 'O portal; sem ele, o primeiro que atende o empreendimento.' })
  portalId?: string | null;

  @Field(() => String, { nullable: true, description: 'O endereço usado pelo cliente; sem ele, um vinculado ao empreendimento.' })
  hostname?: string | null;
}

@ObjectType({ description: 'R-EXPLAIN-1: por que o cliente (ou o síndico) vê (ou não vê) algo.' })
export class VisibilityExplanation {
  @Field(() => Boolean, { description: 'Visível (para uma alteração cadastral: a mais recente está no cadastro).' })
  visible!: boolean;

  @Field(() => String, { description: 'Sobre quem e o quê.' })
  subject!: string;

  @Field(() => Portal)
  portal!: Portal;

  @Field(() => String, { nullable: true })
  hostname!: string | null;

  @Field(() => [RuleCheck], { description: 'Cada regra avaliada, na ordem.' })
  checks!: RuleCheck[];
}

@Resolver()
export class ExplainerResolver {
  @Access('STAFF')
  @StaffScope('Customer, Syndic, Unit, Contract, Request, Bill, Installment, WorkLogEntry, Portal, DataChangeRequest, Company')
  @Query(() => VisibilityExplanation, { description: 'R-EXPLAIN-1: "por que o cliente (ou o síndico) X (não) vê Y?", regra a regra, com onde corrigir.' })
  async explainVisibility(@Arg('input', () => ExplainVisibilityInput) input: ExplainVisibilityInput, @Ctx() ctx: Context): Promise<VisibilityExplanation> {
    const explanation = await explainVisibility(ctx.em, requireStaff(ctx), ctx.services.clock.now(), input);
    return { ...explanation, subject: inLocale(explanation.subject, ctx.locale), checks: explanation.checks.map((c) => checkIn(c, ctx.locale)) };
  }
}
