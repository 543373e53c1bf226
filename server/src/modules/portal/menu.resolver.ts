import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { inLocale, say, type Said } from '../../locale.js';
import { allPassed, evaluate } from '../visibility/explain.js';
import { portalScope } from '../visibility/scope.js';
import { loadMenuFacts } from './menu-facts.js';
import { isSyndicMenu, MENU_RULES, PortalMenu, SYNDIC_MENU_RULES } from './menu.rules.js';

@ObjectType({ description: 'Se um menu aparece para o cliente e, se não, por quê (em palavras do cliente).' })
export class MenuState {
  @Field(() => PortalMenu)
  menu!: PortalMenu;

  @Field(() => Boolean)
  visible!: boolean;

  @Field(() => String, { nullable: true, description: 'Por que não aparece, para mostrar a quem abrir o endereço do menu.' })
  reason!: string | null;
}

const CUSTOMER_REASON: Partial<Record<PortalMenu, Said>> = {
  SERVICE: say('Os atendimentos pelo portal não estão disponíveis para as suas unidades. Fale com a incorporadora pelos canais de atendimento.',
    'Service requests through the portal are not available for your units. Contact the developer through their support channels.'),
  ASSISTANCE: say('A assistência técnica pelo portal não está disponível para as suas unidades. Fale com a incorporadora pelos canais de atendimento.',
    'Technical assistance through the portal is not available for your units. Contact the developer through their support channels.'),
  CONTRACTS: say('Este portal não exibe contratos. Para uma cópia, fale com a incorporadora.', 'This portal does not show contracts. Ask the developer for a copy.'),
  FINANCIAL: say('Este portal não exibe o financeiro. Para boletos e extratos, fale com a incorporadora.', 'This portal does not show financial information. Ask the developer for bills and statements.'),
  WORK_LOG: say('Este portal não exibe o diário de obra. Para saber da obra, fale com a incorporadora.', 'This portal does not show the work log. Ask the developer about the construction.'),
  SCHEDULE: say('O cronograma da obra não está disponível para você. Para saber da obra, fale com a incorporadora.', 'The construction schedule is not available to you. Ask the developer about the construction.'),
};
const NO_PERMISSION = say('Seu acesso ao portal não inclui esta área. Se precisar dela, peça à incorporadora.', 'Your access to the portal does not include this area. Ask the developer if you need it.');
const UNAVAILABLE = say('Este recurso não está disponível neste portal.', 'This feature is not available on this portal.');

@Resolver()
export class MenuResolver {
  @Access('CUSTOMER', 'SYNDIC')
  @Query(() => [MenuState], { description: 'R-SET-1, R-REQ-1: os menus deste portal para quem está conectado.' })
  async myMenus(@Ctx() ctx: Context): Promise<MenuState[]> {
    const scope = portalScope(ctx);
    const facts = await loadMenuFacts(ctx.em, scope);
    return Object.values(PortalMenu).map((menu) => {
      // R-REQ-8: a syndic's request menus also need their development within reach of the portal.
      const rules = scope.syndicId && isSyndicMenu(menu) ? SYNDIC_MENU_RULES[menu] : MENU_RULES[menu];
      const checks = evaluate(rules, facts);
      const visible = allPassed(checks);
      // R-WORK-3: a permission of this user, not a setting of the portal.
      const reason = checks.find((c) => !c.passed)?.ruleId === 'R-WORK-3' ? NO_PERMISSION : CUSTOMER_REASON[menu] ?? UNAVAILABLE;
      return { menu, visible, reason: visible ? null : inLocale(reason, ctx.locale) };
    });
  }
}
