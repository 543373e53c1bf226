import { useQuery } from 'urql';
import { Link } from '@shared/router';
import { fixRoute } from '../app/routes';
import { canFix, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { FixScreen } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { SETTING_LABELS } from '../i18n/labels';
import { useLabel } from '../i18n/use-label';

const SettingsCatalogQuery = graphql(`
  query FixSettingsCatalog {
    portalSettingsCatalog {
      key
      label
    }
  }
`);

type Fix = { screen: FixScreen; id: string; label: string; setting?: string | null };

/** A manager without a development limit: whether one could make a fix (else only an administrator can). */
const A_MANAGER = { role: 'MANAGER', permissions: [], developmentIds: [] } as const;

/**
 * "Corrigir": the fix, where it is made (the screen and the setting, by their labels, never the
 * key), and a link to that screen when this member of staff may make it (R-EXPLAIN-1, R-EXPLAIN-3);
 * otherwise the same words as text, saying whom to ask.
 */
export function FixLinkView({ fix }: { fix: Fix | null | undefined }) {
  const { t, locale } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [{ data }] = useQuery({ query: SettingsCatalogQuery, pause: !fix?.setting });
  if (!fix) return null;
  const setting = fix.setting
    ? (Object.hasOwn(SETTING_LABELS, fix.setting) ? SETTING_LABELS[fix.setting]![locale] : data?.portalSettingsCatalog.find((s) => s.key === fix.setting)?.label)
    : undefined;
  const where = [label('FixScreen', fix.screen), setting].filter(Boolean).join(' › ');
  const to = fixRoute(fix);
  if (to && canFix(staff, fix, to)) {
    return <p className="fix-line"><Link to={to} className="fix">{t('fix.go')}: {fix.label}</Link> <span className="muted small">({where})</span></p>;
  }
  const ask = !to ? null : canFix(A_MANAGER, fix, to) ? t('fix.askManager') : t('fix.askAdmin');
  return (
    <p className="fix-line" data-testid="fix-text">
      <span className="fix">{t('fix.todo')}: {fix.label}</span> <span className="muted small">({where}){ask ? ` — ${ask}` : ''}</span>
    </p>
  );
}
