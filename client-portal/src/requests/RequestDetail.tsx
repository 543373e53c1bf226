import { useState } from 'react';
import { useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import { formatDateTime } from '../shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { SubmitButton } from '../shared/forms/buttons';
import { Field, FieldGroup } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { anyPhotoProblem, PhotoGallery, PhotoPicker } from './PhotoPicker';
import { uploadPhotos } from './photo-upload';
import './requests.css';

const PhotoFields = graphql(`
  fragment RequestPhoto on StoredFile {
    id
    name
    url
    thumbnailUrl
  }
`);

const RequestDetailQuery = graphql(`
  query RequestDetail($id: ID!) {
    request(id: $id) {
      ...RequestSummary
      description
      openedByName
      finishedAt
      cancelled
      viewerCanCancel
      viewerCanRate
      ratingScore
      ratingComment
      location {
        id
        name
      }
      photos {
        ...RequestPhoto
      }
      history {
        id
        at
        comment
        changedByName
        toStatus {
          id
          name
        }
      }
      messages {
        id
        body
        createdAt
        authorKind
        authorName
        mine
        photos {
          ...RequestPhoto
        }
      }
    }
  }
`);

const RequestChangedSubscription = graphql(`
  subscription RequestChanged {
    myRequestChanged {
      id
      status {
        id
        name
      }
    }
  }
`);

const ReplyMutation = graphql(`
  mutation ReplyToRequest($input: ReplyToRequestInput!) {
    replyToRequest(input: $input) {
      id
    }
  }
`);

const CancelMutation = graphql(`
  mutation CancelRequest($input: CancelRequestInput!) {
    cancelRequest(input: $input) {
      id
    }
  }
`);

const RateMutation = graphql(`
  mutation RateRequest($input: RateRequestInput!) {
    rateRequest(input: $input) {
      id
      ratingScore
    }
  }
`);

void PhotoFields;

type Entry =
  | { kind: 'status'; id: string; at: string; title: string; who: string | null; text: string | null }
  | { kind: 'message'; id: string; at: string; who: string; mine: boolean; staff: boolean; text: string; photos: { id: string; name: string; url: string; thumbnailUrl?: string | null }[] };

/**
 * A request and its conversation: the customer's and staff's public messages merged in time with
 * the status changes (R-REQ-4), updating live when staff answer or change its status (R-REQ-9);
 * the customer replies with photos, cancels it while open, and rates it once finished.
 */
export function RequestDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RequestDetailQuery, variables: { id } });
  useSubscription({ query: RequestChangedSubscription }, (_, event) => {
    if (event.myRequestChanged.id === id) refetch({ requestPolicy: 'network-only' });
    return event;
  });
  if (fetching && !data) return <Loading />;
  if (error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') return <Empty title={t('detail.notFound')}><Link to="/">{t('nav.home')}</Link></Empty>;
  if (!data?.request) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const r = data.request;
  const back = r.kind === 'SERVICE' ? '/atendimentos' : '/assistencia';
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const entries: Entry[] = [
    ...r.history.map((h): Entry => ({ kind: 'status', id: h.id, at: String(h.at), title: h.toStatus.name, who: h.changedByName ?? null, text: h.comment ?? null })),
    ...r.messages.map((m): Entry => ({
      kind: 'message', id: m.id, at: String(m.createdAt), who: m.mine ? t('conversation.you') : `${m.authorName} · ${label('MessageAuthorKind', m.authorKind)}`,
      mine: m.mine, staff: m.authorKind === 'STAFF', text: m.body, photos: m.photos,
    })),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());

  return (
    <>
      <p><Link to={back}>← {t('detail.back')}</Link></p>
      <h1>{r.subsubject.name}</h1>
      <p>
        <span className={`badge${r.status.isFinal ? ' done' : ''}`} data-testid="request-status" aria-live="polite">{r.status.name}</span>
      </p>
      <p className="muted">
        {t('requests.number', { number: r.number })} · {r.unit?.name ?? r.commonArea?.name}{r.location ? ` · ${r.location.name}` : ''}
      </p>
      <p className="muted">{t('detail.opened', { date: formatDateTime(r.createdAt), name: r.openedByName })}</p>
      <p className="description">{r.description}</p>
      <PhotoGallery photos={r.photos} label={t('photos.ofRequest')} />

      <section aria-labelledby="conversation">
        <h2 id="conversation">{t('conversation.title')}</h2>
        <p className="muted small">{t('conversation.live')}</p>
        <ol className="conversation" data-testid="conversation" aria-live="polite">
          {entries.map((e) => e.kind === 'status' ? (
            <li key={e.id} className="conversation-status">
              <strong>{t('conversation.status', { status: e.title })}</strong> <span className="muted">· {formatDateTime(e.at)}{e.who ? ` · ${e.who}` : ''}</span>
              {e.text && <p>{e.text}</p>}
            </li>
          ) : (
            <li key={e.id} className={`bubble${e.mine ? ' mine' : ''}${e.staff ? ' staff' : ''}`}>
              <p className="bubble-who">{e.who} <span className="muted">· {formatDateTime(e.at)}</span></p>
              <p>{e.text}</p>
              <PhotoGallery photos={e.photos} label={t('photos.ofMessage')} />
            </li>
          ))}
        </ol>
        {r.finishedAt
          ? <p className="muted">{r.cancelled ? t('conversation.closedCancelled') : t('conversation.closed')}</p>
          : <ReplyForm requestId={r.id} onSent={reload} />}
      </section>

      {r.viewerCanRate && <RateForm requestId={r.id} onSent={reload} />}
      {r.ratingScore != null && (
        <section aria-labelledby="rating">
          <h2 id="rating">{t('rating.title')}</h2>
          <p>{t('rating.given', { score: r.ratingScore })}{r.ratingComment ? ` — ${r.ratingComment}` : ''}</p>
        </section>
      )}
      {r.viewerCanCancel && <CancelForm requestId={r.id} onSent={reload} />}
    </>
  );
}

function ReplyForm({ requestId, onSent }: { requestId: string; onSent(): void }) {
  const { t, locale } = useI18n();
  const [state, reply] = useMutation(ReplyMutation);
  const [body, setBody] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [uploadError, setUploadError] = useState<CombinedError | null>(null);

  async function submit() {
    setUploadError(null);
    if (anyPhotoProblem(photos)) return;
    const sent = photos.length ? await uploadPhotos(photos, locale) : { ids: [] };
    if ('error' in sent) return setUploadError(sent.error);
    const result = await reply({ input: { requestId, body, photoIds: sent.ids } });
    if (result.data) {
      setBody('');
      setPhotos([]);
      onSent();
    }
  }

  return (
    <Form className="card form" onSubmit={submit} error={uploadError ?? state.error} aria-labelledby="conversation">
      <Field name="body" label={t('conversation.reply')}>
        <textarea id="reply" rows={3} value={body} onChange={(e) => setBody(e.target.value)} required maxLength={4000} />
      </Field>
      <PhotoPicker id="reply-photos" files={photos} onChange={setPhotos} />
      <SubmitButton>{t('conversation.send')}</SubmitButton>
    </Form>
  );
}

function RateForm({ requestId, onSent }: { requestId: string; onSent(): void }) {
  const { t } = useI18n();
  const [state, rate] = useMutation(RateMutation);
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <section aria-labelledby="rate">
      <h2 id="rate">{t('rating.ask')}</h2>
      <Form className="card form" onSubmit={async () => { if ((await rate({ input: { requestId, score, comment: comment || null } })).data) onSent(); }} error={state.error} aria-labelledby="rate">
        <FieldGroup name="score" legend={t('rating.score')}>
          <div className="stars">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="choice">
                <input type="radio" name="score" value={n} checked={score === n} onChange={() => setScore(n)} required />
                {t('rating.stars', { score: n })}
              </label>
            ))}
          </div>
        </FieldGroup>
        <Field name="comment" label={t('rating.comment')}>
          <textarea id="rating-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
        </Field>
        <SubmitButton>{t('rating.send')}</SubmitButton>
      </Form>
    </section>
  );
}

function CancelForm({ requestId, onSent }: { requestId: string; onSent(): void }) {
  const { t } = useI18n();
  const [state, cancel] = useMutation(CancelMutation);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return <p><button type="button" className="secondary" onClick={() => setOpen(true)}>{t('cancel.start')}</button></p>;
  }
  return (
    <section aria-labelledby="cancel">
      <h2 id="cancel">{t('cancel.title')}</h2>
      <p>{t('cancel.explain')}</p>
      <Form className="card form" onSubmit={async () => { if ((await cancel({ input: { requestId, reason: reason || null } })).data) onSent(); }} error={state.error} aria-labelledby="cancel">
        <Field name="reason" label={t('cancel.reason')}>
          <textarea id="cancel-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </Field>
        <SubmitButton>{t('cancel.confirm')}</SubmitButton>
        <button type="button" className="link" onClick={() => setOpen(false)}>{t('cancel.keep')}</button>
      </Form>
    </section>
  );
}
