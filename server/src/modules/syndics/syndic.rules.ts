import { countOf, listOf } from '../../pt-br.js';
import { developmentRules, type DevelopmentFacts } from '../developments/unit.rules.js';
import { fail, FixScreen, pass, type Rule, type RuleOutcome } from '../visibility/rule.js';

/**
 * SPEC §5, R-REQ-8: what a syndic reaches — the common areas of their own development, through a
 * portal that shows the syndic access and serves that development. Each rule once, with its SQL
 * face and its check (syndic-facts.ts loads the facts; syndic.service.ts lists with the SQL).
 */

/** R-REQ-8: the portal shows the syndic access: without it the syndic cannot sign in, open or see anything. */
export const syndicAccessRule = <F>(facts: (f: F) => { showSyndicAccess: boolean; portalId: string }): Rule<F> => ({
  id: 'R-REQ-8',
  label: 'O portal exibe o acesso do síndico',
  sql: `exists (select 1 from portal p where p.id = :portal and p.show_syndic_access)`,
  check: (f) => {
    const { showSyndicAccess, portalId } = facts(f);
    return showSyndicAccess
      ? pass('"Exibir acesso do síndico" está ligado.')
      : fail('"Exibir acesso do síndico" está desligado no portal: o síndico não consegue entrar.', {
          screen: FixScreen.PORTAL_SETTINGS, id: portalId, label: 'Ligar "Exibir acesso do síndico"', setting: 'showSyndicAccess',
        });
  },
});

/** The syndic's development as the portal (and the address used) serves it. */
export interface SyndicPlaceFacts extends DevelopmentFacts {
  showSyndicAccess: boolean;
}

/** Whether the syndic reaches their development through this portal and address, over a development id expression. */
export const syndicPlaceRules = (dev: string): Rule<SyndicPlaceFacts>[] => [syndicAccessRule((f: SyndicPlaceFacts) => f), ...developmentRules(dev)];

export interface CommonAreaFacts extends SyndicPlaceFacts {
  areaId: string;
  areaName: string;
  /** The area belongs to the development the syndic manages. */
  inSyndicDevelopment: boolean;
}

/** What a syndic sees of a common area (and so may open requests for): SQL faces over the alias `ca`. */
export const syndicCommonAreaRules: Rule<CommonAreaFacts>[] = [
  syndicAccessRule((f: CommonAreaFacts) => f),
  {
    id: 'R-REQ-8',
    label: 'A área comum é do empreendimento do síndico',
    sql: `exists (select 1 from syndic s where s.id = :syndic and s.development_id = ca.development_id)`,
    check: (f) =>
      f.inSyndicDevelopment
        ? pass(`A área comum "${f.areaName}" é do empreendimento "${f.developmentName}", o do síndico.`)
        : fail(`A área comum "${f.areaName}" é do empreendimento "${f.developmentName}": o síndico só vê as do empreendimento dele.`),
  },
  ...developmentRules('ca.development_id'),
];

/** "How many common areas does the syndic see?": the areas of their development, each judged by `syndicCommonAreaRules`. */
export const commonAreasCountRule = {
  id: 'R-REQ-8',
  label: 'O síndico vê as áreas comuns do empreendimento dele',
  check(f: { developmentId: string; developmentName: string; areas: { name: string; visible: boolean }[] }): RuleOutcome {
    const seen = f.areas.filter((a) => a.visible).map((a) => a.name);
    if (f.areas.length === 0) {
      return fail(`O empreendimento "${f.developmentName}" não tem nenhuma área comum cadastrada: o síndico não tem para onde abrir pedidos.`, {
        screen: FixScreen.DEVELOPMENT, id: f.developmentId, label: `Ver as áreas comuns de "${f.developmentName}"`, setting: 'commonAreas',
      });
    }
    if (seen.length === 0) {
      return fail(`O empreendimento "${f.developmentName}" tem ${countOf(f.areas.length, 'área comum', 'áreas comuns')}, mas o síndico não vê nenhuma: corrija as regras que falharam acima.`);
    }
    return pass(`O síndico vê ${countOf(seen.length, 'área comum', 'áreas comuns')} de "${f.developmentName}": ${listOf(seen)}.`);
  },
};

/**
 * R-REQ-10: the syndic files a syndic sees — those of their development and their own — through a
 * portal that shows the syndic access and reaches that development. SQL over the alias `sf`.
 */
export const syndicFileSeenSql = `exists (select 1 from syndic s
  where s.id = :syndic and (sf.development_id = s.development_id or sf.syndic_id = s.id)
    and ${syndicPlaceRules('s.development_id').map((rule) => `(${rule.sql})`).join(' and ')})`;
