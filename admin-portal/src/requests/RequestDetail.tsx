import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { SlaClock } from './SlaClock';
import './requests.css';

const StaffRequestQuery = graphql(`
  query StaffRequest($id: ID!) {
    request(id: $id) {
      id
      number
      kind
      description
      createdAt
      openedByName
      openedBy {
        id
        customer {
          id
          name
        }
      }
      status {
        id
        name
      }
      subject {
        id
        name
      }
      subsubject {
        id
        name
        portalDisplayName
      }
      development {
        id
        name
      }
      unit {
        id
        name
      }
      commonArea {
        id
        name
      }
      location {
        id
        name
      }
      finishedAt
      cancelled
      ratingScore
      ratingComment
      assignee {
        id
        name
      }
      assignableStaff {
        id
        name
      }
      sla {
        openedAt
        elapsedMinutes
        dueHours
        dueAt
        remainingMinutes
        overdue
      }
      photos {
        id
        name
        url
        thumbnailUrl
      }
      messages {
        id
        body
        createdAt
        visibility
        authorKind
        authorName
        photos {
          id
          name
          url
          thumbnailUrl
        }
      }
      history {
        id
        at
        comment
        changedByName
        fromStatus {
          id
          name
        }
        toStatus {
          id
          name
        }
      }
    }
    workflows {
      id
      kind
      statuses {
        id
        name
        isFinal
      }
    }
  }
`);

const ReplyMutation = graphql(`
  mutation StaffReply($input: ReplyToRequestInput!) {
    replyToRequest(input: $input) {
      id
    }
  }
`);

const AssignMutation = graphql(`
  mutation AssignRequest($input: AssignRequestInput!) {
    assignRequest(input: $input) {
      id
      assignee {
        id
        name
      }
    }
  }
`);

const StaffRequestChanged = graphql(`
  subscription StaffRequestChanged {
    requestListChanged {
      id
    }
  }
`);

const ChangeStatusMutation = graphql(`
  mutation ChangeStatus($input: ChangeRequestStatusInput!) {
    changeRequestStatus(input: $input) {
      id
      status {
        id
      }
    }
  }
`);

type Photo = { id: string; name: string; url: string; thumbnailUrl?: string | null };

/**
 * A request for staff: its photos, SLA clock and assignee; the conversation with the customer
 * (public replies) and the team's internal notes, merged in time with the status changes; staff
 * change its status with a public comment (R-REQ-4). Live: whatever anyone does to it shows up.
 */
export function RequestDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffRequestQuery, variables: { id } });
  useSubscription({ query: StaffRequestChanged }, (_, event) => {
    if (event.requestListChanged.id === id) refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const [state, change] = useMutation(ChangeStatusMutation);
  const [statusId, setStatusId] = useState('');
  const [comment, setComment] = useState('');
  // The status this member of staff first saw: live updates refresh the page, but a change is still
  // based on it, so a change made meanwhile by someone else answers CONFLICT (read it, then decide).
  const [seenStatusId, setSeenStatusId] = useState<string | null>(null);
  const currentStatusId = data?.request?.status.id ?? null;
  useEffect(() => {
    if (seenStatusId === null && currentStatusId) setSeenStatusId(currentStatusId);
  }, [seenStatusId, currentStatusId]);
  if (fetching && !data) return <Loading />;
  if (!data?.request) return <ErrorMessage error={error} />;
  const r = data.request;
  const statuses = data.workflows.find((w) => w.kind === r.kind)?.statuses ?? [];

  async function submit() {
    // The status on screen is what this change is based on: if someone changed it meanwhile, the server answers CONFLICT.
    const result = await change({ input: { requestId: id, statusId, comment: comment || null, expectedStatusId: seenStatusId ?? r.status.id } });
    // Now based on what the server says it is: the status just set, or the one met (CONFLICT says which).
    setSeenStatusId(result.data?.changeRequestStatus.status.id ?? (result.error?.graphQLErrors[0]?.extensions?.currentStatusId as string | undefined) ?? null);
    if (result.data) setComment('');
    if (result.data || result.error) refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <p><Link to="/admin/">← {t('requests.title')}</Link></p>
      <h1>{t('requests.number', { number: r.number })} · {r.subject.name} / {r.subsubject.name}</h1>
      {r.subsubject.portalDisplayName && <p className="muted">{t('config.displayName')}: {r.subsubject.portalDisplayName}</p>}
      <p><span className="badge">{r.status.name}</span> {r.development.name} · {r.unit?.name ?? r.commonArea?.name}{r.location ? ` · ${r.location.name}` : ''}</p>
      <p className="muted">
        {t('request.openedBy', { name: r.openedByName, date: formatDateTime(r.createdAt) })}
        {r.openedBy?.customer && <> · <Link to={`/admin/clientes/${r.openedBy.customer.id}`}>{r.openedBy.customer.name}</Link></>}
      </p>
      <p className="description">{r.description}</p>
      <Photos photos={r.photos} label={t('request.photos')} />
      {r.sla && <SlaClock sla={r.sla} finished={Boolean(r.finishedAt)} />}
      {r.ratingScore != null && <p>{t('request.rating', { score: r.ratingScore })}{r.ratingComment ? ` — “${r.ratingComment}”` : ''}</p>}
      <AssignForm requestId={r.id} current={r.assignee?.id ?? ''} staff={r.assignableStaff} onDone={() => refetch({ requestPolicy: 'network-only' })} />

      <h2 id="conversation">{t('request.conversation')}</h2>
      <ol className="conversation" aria-labelledby="conversation" data-testid="staff-conversation">
        {[
          ...r.history.map((h) => ({ at: String(h.at), key: `h${h.id}`, node: (
            <li key={`h${h.id}`} className="conversation-status">
              <strong>{h.fromStatus ? `${h.fromStatus.name} → ` : ''}{h.toStatus.name}</strong> <span className="muted">· {formatDateTime(h.at)} · {h.changedByName}</span>
              {h.comment && <p>{h.comment}</p>}
            </li>
          ) })),
          ...r.messages.map((m) => ({ at: String(m.createdAt), key: `m${m.id}`, node: (
            <li key={`m${m.id}`} className={`bubble${m.visibility === 'INTERNAL' ? ' internal' : ''}${m.authorKind === 'STAFF' ? ' staff' : ''}`}>
              <p className="bubble-who">
                {m.authorName} · {label('MessageAuthorKind', m.authorKind)} <span className="muted">· {formatDateTime(m.createdAt)}</span>
                {m.visibility === 'INTERNAL' && <> <span className="badge internal">{label('MessageVisibility', m.visibility)}</span></>}
              </p>
              <p>{m.body}</p>
              <Photos photos={m.photos} label={t('request.messagePhotos')} />
            </li>
          ) })),
        ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()).map((e) => e.node)}
      </ol>
      {r.messages.length === 0 && <p className="muted">{t('request.noMessages')}</p>}
      <ReplyForm requestId={r.id} onSent={() => refetch({ requestPolicy: 'network-only' })} />

      <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="change-status" heading={<h2 id="change-status">{t('request.change')}</h2>}>
        <Field name="statusId" label={t('requests.status')}>
          <select id="status" value={statusId} onChange={(e) => setStatusId(e.target.value)} required>
            <option value="" />
            {statuses.map((s) => <option key={s.id} value={s.id}>{s.name}{s.isFinal ? ` (${t('config.final')})` : ''}</option>)}
          </select>
        </Field>
        <Field name="comment" label={t('request.comment')}>
          <textarea id="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
        <SubmitButton>{t('request.change')}</SubmitButton>
      </Form>
    </>
  );
}

function Photos({ photos, label }: { photos: Photo[]; label: string }) {
  const { t } = useI18n();
  if (photos.length === 0) return null;
  return (
    <ul className="photo-grid" aria-label={label}>
      {photos.map((p) => (
        <li key={p.id}><a href={p.url} target="_blank" rel="noreferrer"><img src={p.thumbnailUrl ?? p.url} alt={t('request.openPhoto', { name: p.name })} loading="lazy" /></a></li>
      ))}
    </ul>
  );
}

function ReplyForm({ requestId, onSent }: { requestId: string; onSent(): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, reply] = useMutation(ReplyMutation);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'PUBLIC' | 'INTERNAL'>('PUBLIC');
  async function submit() {
    const result = await reply({ input: { requestId, body, visibility } });
    if (result.data) {
      setBody('');
      onSent();
    }
  }
  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="reply-heading" heading={<h2 id="reply-heading">{t('request.reply')}</h2>}>
      <FieldGroup name="visibility" legend={t('request.replyKind')}>
        {(['PUBLIC', 'INTERNAL'] as const).map((v) => (
          <label key={v} className="choice">
            <input type="radio" name="visibility" value={v} checked={visibility === v} onChange={() => setVisibility(v)} />
            {label('MessageVisibility', v)}
          </label>
        ))}
      </FieldGroup>
      <Field name="body" label={visibility === 'INTERNAL' ? t('request.noteBody') : t('request.replyBody')}>
        <textarea id="reply-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} required maxLength={4000} />
      </Field>
      <SubmitButton>{visibility === 'INTERNAL' ? t('request.sendNote') : t('request.sendReply')}</SubmitButton>
    </Form>
  );
}

function AssignForm({ requestId, current, staff, onDone }: { requestId: string; current: string; staff: { id: string; name: string }[]; onDone(): void }) {
  const { t } = useI18n();
  const [state, assign] = useMutation(AssignMutation);
  const [assigneeId, setAssigneeId] = useState(current);
  return (
    <Form className="card form inline" onSubmit={async () => { if ((await assign({ input: { requestId, assigneeId: assigneeId || null } })).data) onDone(); }} error={state.error} aria-label={t('request.assign')}>
      <Field name="assigneeId" label={t('request.assignee')} help={t('request.assigneeHelp')}>
        <select id="assignee" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
          <option value="">{t('request.nobody')}</option>
          {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <SubmitButton disabled={assigneeId === current}>{t('request.assign')}</SubmitButton>
    </Form>
  );
}
