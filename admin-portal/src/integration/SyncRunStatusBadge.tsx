import type { SyncRunStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';

const TONE: Record<SyncRunStatus, string> = { RUNNING: 'badge', SUCCEEDED: 'badge done', FAILED: 'badge off', ABANDONED: 'badge muted-badge' };

/** A run's status in words; a running run silent for long also says it stalled (R-SYNC-4). */
export function SyncRunStatusBadge({ status, stale }: { status: SyncRunStatus; stale: boolean }) {
  const { t } = useI18n();
  const label = useLabel();
  return (
    <span className="badges">
      <span className={TONE[status]}>{label('SyncRunStatus', status)}</span>
      {stale && <span className="badge stale">{t('runs.stale')}</span>}
    </span>
  );
}
