import { Link, usePath } from '@shared/router';
import { useI18n } from '../i18n/i18n';

const SECTIONS = [
  { path: '/admin/integracoes', label: 'integration.tokens' },
  { path: '/admin/integracoes/chamadas', label: 'integration.calls' },
  { path: '/admin/integracoes/sincronizacoes', label: 'integration.runs' },
] as const;

/** The three screens of Integrações (R-SYNC-1, R-SYNC-4): tokens, their calls, sync runs. */
export function IntegrationTabs() {
  const { t } = useI18n();
  const path = usePath();
  const current = [...SECTIONS].reverse().find((s) => path === s.path || path.startsWith(`${s.path}/`))?.path;
  return (
    <nav aria-label={t('integration.sections')} className="tabs">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.path}><Link to={s.path} aria-current={s.path === current ? 'page' : undefined}>{t(s.label)}</Link></li>
        ))}
      </ul>
    </nav>
  );
}
