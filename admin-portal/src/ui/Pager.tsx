import { useI18n } from '../i18n/i18n';

/** A keyset-paged list's buttons: back to the first page (when past it) and the next page. */
export function Pager({ after, pageInfo, onPage }: { after: string | null; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; onPage: (after: string | null) => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      {after && <button type="button" className="secondary" onClick={() => onPage(null)}>{t('app.firstPage')}</button>}
      {pageInfo.hasNextPage && <button type="button" className="secondary" onClick={() => onPage(pageInfo.endCursor ?? null)}>{t('app.more')}</button>}
    </div>
  );
}
