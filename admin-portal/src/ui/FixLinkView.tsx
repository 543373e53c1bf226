import { Link } from '@shared/router';
import { fixRoute } from '../app/routes';
import type { FixScreen } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

/** "Corrigir": the label of the fix and a link to the screen that fixes it (R-EXPLAIN-1, R-EXPLAIN-3). */
export function FixLinkView({ fix }: { fix: { screen: FixScreen; id: string; label: string; setting?: string | null } | null | undefined }) {
  const { t } = useI18n();
  if (!fix) return null;
  const to = fixRoute(fix);
  return to ? <Link to={to} className="fix">{t('fix.go')}: {fix.label}</Link> : <span className="fix">{fix.label}</span>;
}
