import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { WorkLogEntriesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { formatDate } from '../shared/format/dates';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { PhotoViewer } from './PhotoViewer';
import './works.css';

const WorkLogEntriesQueryDoc = graphql(`
  query WorkLogEntries($after: String) {
    workLog(after: $after, limit: 10) {
      notice
      nextCursor
      entries {
        id
        date
        status
        weather
        occurrences
        headcount
        labour {
          role
          headcount
        }
        developmentName
        blockName
        photos {
          id
          url
          thumbnailUrl
          width
          height
        }
        attachments {
          id
          url
          name
        }
      }
    }
  }
`);

type Entry = WorkLogEntriesQuery['workLog']['entries'][number];

/** R-WORK-1: the Diário de obra as a timeline, newest first, with its photos (a viewer made for phones). */
export function WorkLogPage() {
  const { t } = useI18n();
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <>
      <h1>{t('works.logTitle')}</h1>
      <p className="muted">{t('works.logIntro')}</p>
      <ol className="timeline" aria-label={t('works.logTitle')}>
        {pages.map((after, i) => (
          <WorkLogChunk key={after ?? 'first'} after={after} last={i === pages.length - 1} onMore={(cursor) => setPages((p) => [...p, cursor])} />
        ))}
      </ol>
    </>
  );
}

function WorkLogChunk({ after, last, onMore }: { after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorkLogEntriesQueryDoc, variables: { after } });
  if (fetching && !data) return <li className="timeline-status"><Loading /></li>;
  if (!data) return <li className="timeline-status"><ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} /></li>;
  const { entries, notice, nextCursor } = data.workLog;
  return (
    <>
      {notice && <li className="timeline-status"><Empty title={t('works.noEntries')} why={notice} /></li>}
      {entries.map((entry) => <EntryItem key={entry.id} entry={entry} />)}
      {last && nextCursor && (
        <li className="timeline-status">
          <button type="button" className="button secondary" onClick={() => onMore(nextCursor)}>{t('works.more')}</button>
        </li>
      )}
    </>
  );
}

function EntryItem({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  const label = useLabel();
  const [open, setOpen] = useState<number | null>(null);
  const date = formatDate(entry.date);
  const headingId = `entry-${entry.id}`;
  const where = entry.blockName ? `${entry.developmentName} · ${entry.blockName}` : entry.developmentName;
  const photosTitle = t('works.viewerTitle', { date });
  return (
    <li className="timeline-entry" aria-labelledby={headingId} data-testid="work-log-entry">
      <article className="card">
        <h2 id={headingId} className="card-title"><time dateTime={entry.date}>{date}</time></h2>
        <p className="muted small">
          {where}
          {entry.status !== 'APPROVED' && <> · <span className="chip">{label('WorkLogStatus', entry.status)}</span></>}
        </p>
        <dl className="entry-facts">
          {entry.weather && <div><dt>{t('works.weather')}</dt><dd>{label('WorkWeather', entry.weather)}</dd></div>}
          {entry.labour.length > 0 && (
            <div>
              <dt>{t('works.labour')}</dt>
              <dd>
                {entry.labour.map((l) => `${l.role}: ${l.headcount}`).join(' · ')}
                <span className="muted"> ({t(entry.headcount === 1 ? 'works.headcount.one' : 'works.headcount.other', { count: entry.headcount })})</span>
              </dd>
            </div>
          )}
        </dl>
        {entry.occurrences && (
          <>
            <h3 className="small-heading">{t('works.occurrences')}</h3>
            <p className="occurrences">{entry.occurrences}</p>
          </>
        )}
        {entry.photos.length > 0 && (
          <ul className="photo-grid" aria-label={t('works.photos')}>
            {entry.photos.map((photo, i) => (
              <li key={photo.id}>
                <button type="button" className="photo-thumb" onClick={() => setOpen(i)} aria-label={t('works.openPhoto', { n: i + 1, total: entry.photos.length, date })}>
                  <img src={photo.thumbnailUrl ?? photo.url} alt="" loading="lazy" width={160} height={120} />
                </button>
              </li>
            ))}
          </ul>
        )}
        {entry.attachments.length > 0 && (
          <>
            <h3 className="small-heading">{t('works.attachments')}</h3>
            <ul className="attachments">
              {entry.attachments.map((a) => <li key={a.id}><a href={a.url} target="_blank" rel="noreferrer">{a.name}</a></li>)}
            </ul>
          </>
        )}
      </article>
      {open !== null && <PhotoViewer photos={entry.photos} start={open} title={photosTitle} onClose={() => setOpen(null)} />}
    </li>
  );
}
