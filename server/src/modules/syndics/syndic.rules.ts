import { countEn, listEn, say } from '../../locale.js';
import { countOf, listOf, NOUNS } from '../../pt-br.js';
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
  label: say('O portal exibe o acesso do síndico', 'The portal shows the syndic access'),
  sql: `exists (select 1 from portal p where p.id = :portal and p.show_syndic_access)`,
  check: (f) => {
    const { showSyndicAccess, portalId } = facts(f);
    return showSyndicAccess
      ? pass(say('"Exibir acesso do síndico" está ligado.', '"Show syndic access" is on.'))
      : fail(say('"Exibir acesso do síndico" está desligado no portal: o síndico não consegue entrar.', '"Show syndic access" is off in the portal: the syndic cannot sign in.'), {
          screen: FixScreen.PORTAL_SETTINGS, id: portalId, label: say('Ligar "Exibir acesso do síndico"', 'Turn "Show syndic access" on'), setting: 'showSyndicAccess',
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
    label: say('A área comum é do empreendimento do síndico', 'The common area is in the syndic\'s development'),
    sql: `exists (select 1 from syndic s where s.id = :syndic and s.development_id = ca.development_id)`,
    check: (f) =>
      f.inSyndicDevelopment
        ? pass(say(`A área comum "${f.areaName}" é do empreendimento "${f.developmentName}", o do síndico.`, `The common area "${f.areaName}" is in the development "${f.developmentName}", the syndic's.`))
        : fail(say(`A área comum "${f.areaName}" é do empreendimento "${f.developmentName}": o síndico só vê as do empreendimento dele.`,
            `The common area "${f.areaName}" is in the development "${f.developmentName}": a syndic sees only those of their own development.`)),
  },
  ...developmentRules('ca.development_id'),
];

/** "How many common areas does the syndic see?": the areas of their development, each judged by `syndicCommonAreaRules`. */
export const commonAreasCountRule = {
  id: 'R-REQ-8',
  label: say('O síndico vê as áreas comuns do empreendimento dele', 'The syndic sees the common areas of their development'),
  check(f: { developmentId: string; developmentName: string; areas: { name: string; visible: boolean }[] }): RuleOutcome {
    const seen = f.areas.filter((a) => a.visible).map((a) => a.name);
    const area = NOUNS['Área comum'];
    if (f.areas.length === 0) {
      return fail(say(`O empreendimento "${f.developmentName}" não tem nenhuma área comum cadastrada: o síndico não tem para onde abrir pedidos.`,
        `The development "${f.developmentName}" has no common area registered: the syndic has nowhere to open requests for.`), {
        screen: FixScreen.DEVELOPMENT, id: f.developmentId, label: say(`Ver as áreas comuns de "${f.developmentName}"`, `See the common areas of "${f.developmentName}"`), setting: 'commonAreas',
      });
    }
    if (seen.length === 0) {
      return fail(say(`O empreendimento "${f.developmentName}" tem ${countOf(f.areas.length, area)}, mas o síndico não vê nenhuma: corrija as regras que falharam acima.`,
        `The development "${f.developmentName}" has ${countEn(f.areas.length, 'common area', 'common areas')}, but the syndic sees none: fix the rules that failed above.`));
    }
    return pass(say(`O síndico vê ${countOf(seen.length, area)} de "${f.developmentName}": ${listOf(seen)}.`,
      `The syndic sees ${countEn(seen.length, 'common area', 'common areas')} of "${f.developmentName}": ${listEn(seen)}.`));
  },
};

/**
 * R-REQ-10: the syndic files a syndic sees — those of their development and their own — through a
 * portal that shows the syndic access and reaches that development. SQL over the alias `sf`.
 */
export const syndicFileSeenSql = `exists (select 1 from syndic s
  where s.id = :syndic and (sf.development_id = s.development_id or sf.syndic_id = s.id)
    and ${syndicPlaceRules('s.development_id').map((rule) => `(${rule.sql})`).join(' and ')})`;
