import { useI18n } from '../i18n/i18n';

/** A keyset-paged list's buttons: back to the first page (when past it) and the next page. */
export function Pager({ after, pageInfo, onPage }: { after: string | null; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; onPage: (after: string | null) => void }) {
  const { t } = useI18n();
  // A page replaces the one before (not added below it): it is read from its top.
  const go = (cursor: string | null) => {
    onPage(cursor);
    window.scrollTo({ top: 0 });
  };
  return (
    <div className="actions">
      {after && <button type="button" className="secondary" onClick={() => go(null)}>{t('app.firstPage')}</button>}
      {pageInfo.hasNextPage && <button type="button" className="secondary" onClick={() => go(pageInfo.endCursor ?? null)}>{t('app.nextPage')}</button>}
    </div>
  );
}
