import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { formatDate } from '@shared/format/dates';
import { Link } from '@shared/router';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { StaffWorkLogQuery, WorkLogStatus, WorkWeather } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { FileUpload } from '../ui/FileUpload';
import { ErrorMessage, Loading } from '../ui/Status';
import './works-admin.css';

export const WorksDevelopmentQuery = graphql(`
  query WorksDevelopment {
    developments {
      id
      name
      blocks {
        id
        name
      }
    }
  }
`);

const StaffWorkLogQueryDoc = graphql(`
  query StaffWorkLog($developmentId: ID!, $status: WorkLogStatus) {
    staffWorkLog(developmentId: $developmentId, status: $status) {
      id
      date
      status
      weather
      occurrences
      labour {
        role
        headcount
      }
      headcount
      blockId
      blockName
      reviewNote
      createdByName
      reviewedByName
      reviewedAt
      version
      photos {
        id
        url
        thumbnailUrl
        name
      }
      attachments {
        id
        url
        name
      }
    }
  }
`);

const SaveWorkLogEntryMutation = graphql(`
  mutation SaveWorkLogEntry($input: SaveWorkLogEntryInput!) {
    saveWorkLogEntry(input: $input) {
      id
      status
      version
    }
  }
`);

const SetWorkLogStatusMutation = graphql(`
  mutation SetWorkLogStatus($id: ID!, $status: WorkLogStatus!, $version: Int!, $note: String) {
    setWorkLogStatus(id: $id, status: $status, version: $version, note: $note) {
      id
      status
      version
      reviewNote
    }
  }
`);

type Entry = StaffWorkLogQuery['staffWorkLog'][number];
const WEATHERS: WorkWeather[] = ['SUNNY', 'CLOUDY', 'RAINY', 'STORMY'];
const STATUSES: WorkLogStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED'];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());

/** R-WORK-1: a development's Diário de obra for staff — write entries with photos, send them to review, approve or reject. */
export function WorkLogAdmin({ developmentId }: { developmentId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [status, setStatus] = useState<WorkLogStatus | ''>('');
  const [{ data: devs }] = useQuery({ query: WorksDevelopmentQuery });
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffWorkLogQueryDoc, variables: { developmentId, status: status || null } });
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const development = devs?.developments.find((d) => d.id === developmentId);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const writable = can(staff, 'writeWorks');
  return (
    <>
      <p><Link to={`/admin/empreendimentos/${developmentId}`}>{t('works.backToDevelopment')}</Link></p>
      <h1>{t('works.logTitle')}{development ? ` — ${development.name}` : ''}</h1>
      <p className="help">{t('works.logHelp')}</p>
      <div className="works-toolbar">
        <div className="field">
          <label htmlFor="work-log-status">{t('works.filterStatus')}</label>
          <select id="work-log-status" value={status} onChange={(e) => setStatus(e.target.value as WorkLogStatus | '')}>
            <option value="">{t('works.allStatuses')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{label('WorkLogStatus', s)}</option>)}
          </select>
        </div>
        {writable && editing === null && <button type="button" className="button" onClick={() => setEditing('new')}>{t('works.newEntry')}</button>}
      </div>
      {editing !== null && development && (
        <EntryForm developmentId={developmentId} blocks={development.blocks} entry={editing === 'new' ? null : editing}
          onDone={() => { setEditing(null); reload(); }} />
      )}
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} retry={reload} /> : data.staffWorkLog.length === 0 ? (
        <p className="notice">{status ? t('works.noneInStatus', { status: label('WorkLogStatus', status) }) : t('works.noEntries')}</p>
      ) : (
        <ul className="work-log-list">
          {data.staffWorkLog.map((entry) => (
            <EntryCard key={entry.id} entry={entry} writable={writable} onEdit={() => setEditing(entry)} onChanged={reload} />
          ))}
        </ul>
      )}
    </>
  );
}

function EntryCard({ entry, writable, onEdit, onChanged }: { entry: Entry; writable: boolean; onEdit(): void; onChanged(): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, setStatus] = useMutation(SetWorkLogStatusMutation);
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const move = (status: WorkLogStatus, reason?: string) =>
    setStatus({ id: entry.id, status, version: entry.version, note: reason ?? null }).then((r) => { if (!r.error) { setRejecting(false); onChanged(); } });
  const headingId = `entry-${entry.id}`;
  return (
    <li className="card work-log-entry" aria-labelledby={headingId} data-testid="staff-work-log-entry">
      <div className="entry-head">
        <h2 id={headingId}>{formatDate(entry.date)}{entry.blockName ? ` · ${entry.blockName}` : ''}</h2>
        <span className={`chip status-${entry.status.toLowerCase()}`}>{label('WorkLogStatus', entry.status)}</span>
      </div>
      <p className="help">
        {entry.createdByName && t('works.writtenBy', { name: entry.createdByName })}
        {entry.reviewedByName && entry.reviewedAt && ` · ${t('works.reviewedBy', { name: entry.reviewedByName, date: formatDate(entry.reviewedAt) })}`}
      </p>
      {entry.status === 'REJECTED' && entry.reviewNote && <p className="notice">{t('works.rejectedBecause', { reason: entry.reviewNote })}</p>}
      {entry.weather && <p><strong>{t('works.weather')}:</strong> {label('WorkWeather', entry.weather)}</p>}
      {entry.labour.length > 0 && <p><strong>{t('works.labour')}:</strong> {entry.labour.map((l) => `${l.role}: ${l.headcount}`).join(' · ')} ({t('works.people', { count: entry.headcount })})</p>}
      {entry.occurrences && <p className="occurrences">{entry.occurrences}</p>}
      {entry.photos.length > 0 && (
        <ul className="photo-strip" aria-label={t('works.photos')}>
          {entry.photos.map((p, i) => (
            <li key={p.id}><a href={p.url} target="_blank" rel="noreferrer"><img src={p.thumbnailUrl ?? p.url} alt={t('works.photoAlt', { n: i + 1, date: formatDate(entry.date) })} width={120} height={90} /></a></li>
          ))}
        </ul>
      )}
      {entry.attachments.length > 0 && <ul>{entry.attachments.map((a) => <li key={a.id}><a href={a.url} target="_blank" rel="noreferrer">{a.name}</a></li>)}</ul>}
      {writable && (
        <div className="actions">
          {entry.status !== 'APPROVED' && <button type="button" className="secondary" onClick={onEdit}>{t('works.edit')}</button>}
          {entry.status === 'DRAFT' && <button type="button" disabled={state.fetching} onClick={() => move('IN_REVIEW')}>{t('works.sendToReview')}</button>}
          {entry.status === 'IN_REVIEW' && <button type="button" disabled={state.fetching} onClick={() => move('APPROVED')}>{t('works.approve')}</button>}
          {(entry.status === 'IN_REVIEW' || entry.status === 'APPROVED') && !rejecting && (
            <button type="button" className="secondary" onClick={() => setRejecting(true)}>{entry.status === 'APPROVED' ? t('works.withdraw') : t('works.reject')}</button>
          )}
          {(entry.status === 'REJECTED' || entry.status === 'IN_REVIEW') && <button type="button" className="secondary" disabled={state.fetching} onClick={() => move('DRAFT')}>{t('works.backToDraft')}</button>}
        </div>
      )}
      {rejecting && (
        <Form className="form" onSubmit={() => move('REJECTED', note)} error={state.error}>
          <Field name="note" label={t('works.rejectReason')} help={t('works.rejectReasonHelp')}>
            <textarea id={`reject-${entry.id}`} required rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <div className="actions">
            <SubmitButton>{t('works.confirmReject')}</SubmitButton>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>{t('app.cancel')}</button>
          </div>
        </Form>
      )}
      {!rejecting && <ErrorMessage error={state.error} />}
    </li>
  );
}

interface Line { role: string; headcount: string }

function EntryForm({ developmentId, blocks, entry, onDone }: { developmentId: string; blocks: { id: string; name: string }[]; entry: Entry | null; onDone(): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, save] = useMutation(SaveWorkLogEntryMutation);
  const [date, setDate] = useState(entry?.date ?? today());
  const [blockId, setBlockId] = useState(entry?.blockId ?? '');
  const [weather, setWeather] = useState<WorkWeather | ''>(entry?.weather ?? '');
  const [occurrences, setOccurrences] = useState(entry?.occurrences ?? '');
  const [lines, setLines] = useState<Line[]>(entry?.labour.map((l) => ({ role: l.role, headcount: String(l.headcount) })) ?? [{ role: '', headcount: '' }]);
  const [photos, setPhotos] = useState<{ id: string; name: string }[]>([]);
  const [attachments, setAttachments] = useState<{ id: string; name: string }[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const submit = () => save({
    input: {
      id: entry?.id ?? null, version: entry?.version ?? null, developmentId, blockId: blockId || null, date, weather: weather || null, occurrences,
      labour: lines.filter((l) => l.role.trim() || l.headcount.trim()).map((l) => ({ role: l.role, headcount: Number(l.headcount || 0) })),
      photoIds: photos.map((p) => p.id), attachmentIds: attachments.map((a) => a.id), removeFileIds: removed,
    },
  }).then((r) => { if (!r.error) onDone(); });
  const setLine = (i: number, patch: Partial<Line>) => setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="entry-form-title" heading={<h2 id="entry-form-title">{entry ? t('works.editEntry') : t('works.newEntry')}</h2>}>
      <Field name="date" label={t('works.date')}>
        <input id="entry-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field name="blockId" label={t('works.tower')} help={t('works.towerHelp')}>
        <select id="entry-block" value={blockId} onChange={(e) => setBlockId(e.target.value)}>
          <option value="">{t('works.wholeDevelopment')}</option>
          {blocks.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
      </Field>
      <Field name="weather" label={t('works.weather')}>
        <select id="entry-weather" value={weather} onChange={(e) => setWeather(e.target.value as WorkWeather | '')}>
          <option value="">{t('works.noWeather')}</option>
          {WEATHERS.map((w) => <option key={w} value={w}>{label('WorkWeather', w)}</option>)}
        </select>
      </Field>
      <Field name="occurrences" label={t('works.occurrences')}>
        <textarea id="entry-occurrences" rows={4} value={occurrences} onChange={(e) => setOccurrences(e.target.value)} />
      </Field>
      <FieldGroup name="labour" legend={t('works.labour')}>
        {lines.map((line, i) => (
          <div key={i} className="labour-line">
            <div className="field">
              <label htmlFor={`labour-role-${i}`}>{t('works.role')}</label>
              <input id={`labour-role-${i}`} value={line.role} onChange={(e) => setLine(i, { role: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`labour-count-${i}`}>{t('works.headcount')}</label>
              <input id={`labour-count-${i}`} type="number" min={0} inputMode="numeric" value={line.headcount} onChange={(e) => setLine(i, { headcount: e.target.value })} />
            </div>
            <button type="button" className="link" onClick={() => setLines(lines.filter((_, j) => j !== i))} aria-label={t('works.removeRoleNamed', { n: i + 1 })}>{t('works.removeRole')}</button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setLines([...lines, { role: '', headcount: '' }])}>{t('works.addRole')}</button>
      </FieldGroup>
      {entry && (entry.photos.length > 0 || entry.attachments.length > 0) && (
        <fieldset>
          <legend>{t('works.currentFiles')}</legend>
          {[...entry.photos, ...entry.attachments].map((f) => (
            <label key={f.id} className="check">
              <input type="checkbox" checked={removed.includes(f.id)} onChange={(e) => setRemoved(e.target.checked ? [...removed, f.id] : removed.filter((id) => id !== f.id))} />
              {t('works.removeFile', { name: f.name })}
            </label>
          ))}
        </fieldset>
      )}
      <FileUpload id="entry-photo" label={t('works.addPhoto')} purpose="WORK_LOG_PHOTO" accept="image/jpeg,image/png,image/webp" help={t('works.photoHelp')}
        onUploaded={async (file) => { setPhotos((p) => [...p, { id: file.id, name: file.name }]); return null; }} />
      {photos.length > 0 && <p className="help" role="status">{t('works.photosReady', { count: photos.length })}</p>}
      <FileUpload id="entry-attachment" label={t('works.addAttachment')} purpose="WORK_LOG_ATTACHMENT" accept="application/pdf,image/jpeg,image/png,image/webp"
        onUploaded={async (file) => { setAttachments((a) => [...a, { id: file.id, name: file.name }]); return null; }} />
      <div className="actions">
        <SubmitButton>{t('works.saveDraft')}</SubmitButton>
        <button type="button" className="secondary" onClick={onDone}>{t('app.cancel')}</button>
      </div>
    </Form>
  );
}
