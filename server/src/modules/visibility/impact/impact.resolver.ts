import { DeadlockException } from '@mikro-orm/core';
import { execute, getNamedType, isCompositeType, parse } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Info, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Access, StaffScope } from '../../../graphql/access.js';
import type { Context } from '../../../graphql/context.js';
import { BadInputError } from '../../../domain-errors.js';
import { inLocale } from '../../../locale.js';
import { AssociationTypeInput } from '../../customers/association-type.resolver.js';
import { ContractTypeInput } from '../../contracts/contract-type.resolver.js';
import { DevelopmentSettingsInput } from '../../developments/development.resolver.js';
import { BillingBlockInput } from '../../finance/finance-admin.resolver.js';
import { PortalDomainInput, PortalSettingsInput } from '../../portal/portal-settings.input.js';
import { WorkflowInput } from '../../requests/request-config.resolver.js';
import { ImpactKind } from './impact-kinds.js';
import { ImpactPreviewed, PREVIEWED_MUTATIONS } from './impact.middleware.js';
import { hidingRules, impactKey, kindSentence, sentence, type Direction } from './impact.service.js';

export enum ImpactDirection {
  LOST = 'LOST',
  GAINED = 'GAINED',
}
registerEnumType(ImpactDirection, { name: 'ImpactDirection', description: 'Se a mudança esconde (LOST) ou mostra (GAINED).' });

@InputType({ description: 'Ativar ou inativar um bloco.' })
class BlockActiveChange {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) active!: boolean;
}

@InputType({ description: 'Ativar ou inativar uma etapa.' })
class StageActiveChange {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) active!: boolean;
}

@InputType({ description: 'Ativar ou inativar um portal.' })
class PortalActiveChange {
  @Field(() => ID) portalId!: string;
  @Field(() => Boolean) active!: boolean;
}

@InputType({ description: 'As configurações de um portal.' })
class PortalSettingsChange {
  @Field(() => ID) portalId!: string;
  @Field(() => PortalSettingsInput) input!: PortalSettingsInput;
}

@InputType({ description: 'Os empreendimentos que um portal atende.' })
class PortalDevelopmentsChange {
  @Field(() => ID) portalId!: string;
  @Field(() => [ID]) developmentIds!: string[];
}

@InputType({ description: 'Um endereço do portal e seus empreendimentos.' })
class PortalDomainChange {
  @Field(() => PortalDomainInput) input!: PortalDomainInput;
}

@InputType({ description: 'Remover um endereço do portal.' })
class PortalDomainRemoval {
  @Field(() => ID) domainId!: string;
}

@InputType({ description: 'As permissões de um empreendimento.' })
class DevelopmentChange {
  @Field(() => DevelopmentSettingsInput) input!: DevelopmentSettingsInput;
}

@InputType({ description: 'Um tipo de associação.' })
class AssociationTypeChange {
  @Field(() => AssociationTypeInput) input!: AssociationTypeInput;
}

@InputType({ description: 'Um tipo de contrato.' })
class ContractTypeChange {
  @Field(() => ContractTypeInput) input!: ContractTypeInput;
}

@InputType({ description: 'Um workflow de pedidos.' })
class WorkflowChange {
  @Field(() => WorkflowInput) input!: WorkflowInput;
}

@InputType({ description: 'Um bloqueio de emissão de boletos.' })
class BillingBlockChange {
  @Field(() => BillingBlockInput) input!: BillingBlockInput;
}

@InputType({ description: 'Retirar um bloqueio de emissão de boletos.' })
class BillingBlockLift {
  @Field(() => ID) id!: string;
}

/**
 * R-EXPLAIN-4: the change to preview — exactly one field, named after the mutation that saves it,
 * holding that mutation's arguments (a test checks every previewed mutation is here, with the
 * same arguments).
 */
@InputType({ description: 'R-EXPLAIN-4: a mudança a prever — um só campo, com o nome da mutação que a salva e os argumentos dela.' })
export class ImpactChangeInput {
  @Field(() => BlockActiveChange, { nullable: true }) setBlockActive?: BlockActiveChange;
  @Field(() => StageActiveChange, { nullable: true }) setStageActive?: StageActiveChange;
  @Field(() => DevelopmentChange, { nullable: true }) updateDevelopment?: DevelopmentChange;
  @Field(() => PortalSettingsChange, { nullable: true }) updatePortalSettings?: PortalSettingsChange;
  @Field(() => PortalActiveChange, { nullable: true }) setPortalActive?: PortalActiveChange;
  @Field(() => PortalDevelopmentsChange, { nullable: true }) setPortalDevelopments?: PortalDevelopmentsChange;
  @Field(() => PortalDomainChange, { nullable: true }) savePortalDomain?: PortalDomainChange;
  @Field(() => PortalDomainRemoval, { nullable: true }) removePortalDomain?: PortalDomainRemoval;
  @Field(() => AssociationTypeChange, { nullable: true }) saveAssociationType?: AssociationTypeChange;
  @Field(() => ContractTypeChange, { nullable: true }) saveContractType?: ContractTypeChange;
  @Field(() => WorkflowChange, { nullable: true }) saveWorkflow?: WorkflowChange;
  @Field(() => BillingBlockChange, { nullable: true }) createBillingBlock?: BillingBlockChange;
  @Field(() => BillingBlockLift, { nullable: true }) liftBillingBlock?: BillingBlockLift;
}

@InputType({ description: 'Uma página dos clientes afetados de um tipo, num sentido.' })
class ImpactPageInput {
  @Field(() => ImpactKind, { nullable: true }) kind?: ImpactKind | null;
  @Field(() => ImpactDirection, { nullable: true }) direction?: ImpactDirection | null;
  @Field(() => String, { nullable: true, description: 'O cursor da página anterior (`nextCursor`).' }) after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Quantos exemplos (até 100; 10 se omitido).' }) first?: number | null;
}

@ObjectType({ description: 'Um cliente e um objeto que a mudança esconde ou mostra, e a regra que decide.' })
class ImpactExample {
  @Field(() => ID) customerId!: string;
  @Field(() => String) customerName!: string;
  @Field(() => ID, { description: 'A unidade, o contrato, o pedido, a parcela ou o boleto; o menu (nome interno); o portal (acesso).' }) objectId!: string;
  @Field(() => String) objectLabel!: string;
  @Field(() => String, { nullable: true, description: 'A regra que esconde o objeto onde ele fica oculto (antes, se a mudança o mostra; depois, se o esconde).' }) ruleId!: string | null;
  @Field(() => String, { nullable: true }) ruleLabel!: string | null;
}

@ObjectType({ description: 'O que a mudança faz com um tipo de objeto, num sentido.' })
class ImpactOfKind {
  @Field(() => ImpactKind) kind!: ImpactKind;
  @Field(() => ImpactDirection) direction!: ImpactDirection;
  @Field(() => Int, { description: 'Clientes afetados.' }) customers!: number;
  @Field(() => Int, { description: 'Objetos afetados (unidades, contratos… ou menus distintos).' }) objects!: number;
  @Field(() => String, { description: 'Em uma frase, no idioma de quem pergunta ("Esconde 1 unidade de 2 clientes.").' }) summary!: string;
  @Field(() => [ImpactExample], { description: 'A página pedida de exemplos (vazia se a página pede outro tipo ou sentido).' }) examples!: ImpactExample[];
  @Field(() => String, { nullable: true, description: 'Para a próxima página; nulo quando não há mais.' }) nextCursor!: string | null;
}

@ObjectType({ description: 'R-EXPLAIN-4: o que uma mudança faria, sem salvá-la.' })
class ImpactPreview {
  @Field(() => Boolean, { description: 'Ninguém perde nem ganha nada: salve sem perguntar.' }) nothingChanges!: boolean;
  @Field(() => String, { description: 'Em uma frase, no idioma de quem pergunta.' }) summary!: string;
  @Field(() => [ImpactOfKind]) kinds!: ImpactOfKind[];
}

const cursorOf = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');
function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { offset: unknown };
    if (Number.isInteger(offset) && (offset as number) >= 0) return offset as number;
  } catch {
    // Answered below.
  }
  throw new BadInputError('after', 'O cursor da página não é válido: use o "nextCursor" de uma resposta.');
}

@Resolver()
export class ImpactResolver {
  @Access('ADMIN', 'MANAGER')
  @StaffScope('the previewed mutation\'s own (it runs, then is rolled back); the lists within the caller\'s developments')
  @Query(() => ImpactPreview, { description: 'R-EXPLAIN-4: antes de salvar uma mudança, quem deixa de ver o quê e quem passa a ver — calculado pelas mesmas regras das listas, com a mudança aplicada e desfeita.' })
  async impactPreview(
    @Arg('change', () => ImpactChangeInput) change: ImpactChangeInput,
    @Arg('page', () => ImpactPageInput, { nullable: true }) page: ImpactPageInput | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImpactPreview> {
    const chosen = Object.entries(change).filter(([, value]) => value !== undefined && value !== null);
    if (chosen.length !== 1) throw new BadInputError('change', 'Informe exatamente uma mudança a prever.');
    const [name, args] = chosen[0]!;
    const first = page?.first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new BadInputError('first', 'Peça de 1 a 100 exemplos por página.');
    const offset = offsetOf(page?.after);
    const field = info.schema.getMutationType()!.getFields()[name]!;
    const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
    const document = parse(`mutation ImpactPreview(${field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) {
      ${name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`);
    ctx.impactPreview = { page: { kind: page?.kind ?? null, direction: (page?.direction as Direction | null) ?? null, offset, first } };
    let thrown: unknown;
    try {
      // A preview reads one snapshot; a save that wrote the same row meanwhile makes it fail to serialize: asked again, up to three times.
      for (let attempt = 1; ; attempt++) {
        const answer = await execute({ schema: info.schema, document, contextValue: ctx, variableValues: JSON.parse(JSON.stringify(args)) as Record<string, unknown> });
        thrown = answer.errors?.[0]?.originalError ?? answer.errors?.[0];
        if (!(thrown instanceof DeadlockException) || attempt === 3) break;
      }
    } finally {
      ctx.impactPreview = null;
    }
    if (!(thrown instanceof ImpactPreviewed)) throw thrown ?? new Error(`the mutation ${name} did not measure its impact`);
    const { impact } = thrown;
    // Everything is rolled back: the database is as before the change, where what it shows was hidden.
    // (Read now, outside the preview's snapshot: a save committed in between may change which rule is
    // named — never the counts.)
    const now = ctx.services.clock.now();
    await hidingRules(ctx.em, ctx.staff!.companyId, impact.examples.filter((pair) => pair.direction === 'GAINED'), now);
    const examples = impact.examples;
    return {
      nothingChanges: impact.counts.length === 0,
      summary: sentence(impact.counts, ctx.locale),
      kinds: impact.counts.map((count) => {
        const mine = examples.filter((e) => e.kind === count.kind && e.direction === count.direction);
        return {
          kind: count.kind,
          direction: count.direction as ImpactDirection,
          customers: count.customers,
          objects: count.objects,
          summary: kindSentence(count, ctx.locale),
          examples: mine.map((e) => ({
            customerId: e.customerId, customerName: e.customerName, objectId: e.objectId, objectLabel: inLocale(e.objectLabel, ctx.locale),
            ruleId: e.rule?.id ?? null, ruleLabel: e.rule ? inLocale(e.rule.label, ctx.locale) : null,
          })),
          nextCursor: impact.more.has(impactKey(count.kind, count.direction)) ? cursorOf(offset + first) : null,
        };
      }),
    };
  }
}

export { PREVIEWED_MUTATIONS };
