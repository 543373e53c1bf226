import { listEn, say } from '../../locale.js';
import { listOf } from '../../pt-br.js';
import { unitInPlaceSql } from '../developments/unit.rules.js';
import { TODAY_SQL } from '../finance/finance.rules.js';
import { fail, pass, type Rule } from '../visibility/rule.js';

/**
 * Who sees a banner on the client home (SPEC §11, banners): one rule per condition, each with its
 * SQL face over the banner alias `b` and its check face over the facts below.
 * - it is of the customer's portal and active;
 * - today (São Paulo) is within its period;
 * - its audience: with no development chosen, every customer who sees a unit in the portal; with
 *   developments chosen, those who see a unit of one of them (the unit rules, R-UNIT-*).
 */
export interface BannerFacts {
  active: boolean;
  startsOn: string | null;
  endsOn: string | null;
  /** Today in São Paulo, AAAA-MM-DD. */
  today: string;
  /** The developments chosen (empty: everyone). */
  targets: { id: string; name: string }[];
  /** The developments where the customer sees some unit (by the unit rules, in this portal and address). */
  seenDevelopmentIds: string[];
}

const br = (iso: string) => iso.split('-').reverse().join('/');

export const bannerRules: Rule<BannerFacts>[] = [
  {
    id: 'R-SET-BANNER-1',
    label: say('O banner está ativo', 'The banner is active'),
    sql: 'b.active',
    check: (f) => (f.active ? pass(say('O banner está ativo.', 'The banner is active.')) : fail(say('O banner está inativo.', 'The banner is inactive.'))),
  },
  {
    id: 'R-SET-BANNER-2',
    label: say('Hoje (horário de Brasília) está no período do banner', 'Today (Brasília time) is within the banner\'s period'),
    sql: `((b.starts_on is null or b.starts_on <= ${TODAY_SQL}) and (b.ends_on is null or b.ends_on >= ${TODAY_SQL}))`,
    check: (f) => {
      if (f.startsOn && f.startsOn > f.today) return fail(say(`O banner só aparece a partir de ${br(f.startsOn)}.`, `The banner only shows from ${br(f.startsOn)}.`));
      if (f.endsOn && f.endsOn < f.today) return fail(say(`O banner deixou de aparecer depois de ${br(f.endsOn)}.`, `The banner stopped showing after ${br(f.endsOn)}.`));
      return pass(say('Hoje está no período do banner.', 'Today is within the banner\'s period.'));
    },
  },
  {
    id: 'R-SET-BANNER-3',
    label: say('O cliente vê uma unidade de um empreendimento do público do banner', 'The customer sees a unit of a development in the banner\'s audience'),
    sql: `(exists (select 1 from banner_development bd where bd.banner_id = b.id and ${unitInPlaceSql('bd.development_id')})
      or (not exists (select 1 from banner_development bd where bd.banner_id = b.id)
          and exists (select 1 from portal_development pd where pd.portal_id = b.portal_id and ${unitInPlaceSql('pd.development_id')})))`,
    check: (f) => {
      if (!f.targets.length) {
        return f.seenDevelopmentIds.length
          ? pass(say('O banner é para todos os clientes do portal, e o cliente vê uma unidade nele.', 'The banner is for every customer of the portal, and the customer sees a unit in it.'))
          : fail(say('O cliente não vê nenhuma unidade neste portal.', 'The customer sees no unit in this portal.'));
      }
      const names = f.targets.map((t) => `"${t.name}"`);
      const hit = f.targets.find((t) => f.seenDevelopmentIds.includes(t.id));
      return hit
        ? pass(say(`O cliente vê uma unidade de "${hit.name}".`, `The customer sees a unit of "${hit.name}".`))
        : fail(say(`O banner é só para ${listOf(names)}, e o cliente não vê unidade ali.`, `The banner is only for ${listEn(names)}, and the customer sees no unit there.`));
    },
  },
];
