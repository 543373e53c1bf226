import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

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

const ChangeStatusMutation = graphql(`
  mutation ChangeStatus($input: ChangeRequestStatusInput!) {
    changeRequestStatus(input: $input) {
      id
    }
  }
`);

/** A request with its history; staff change its status with a public comment (R-REQ-4). */
export function RequestDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffRequestQuery, variables: { id } });
  const [state, change] = useMutation(ChangeStatusMutation);
  const [statusId, setStatusId] = useState('');
  const [comment, setComment] = useState('');
  if (fetching && !data) return <Loading />;
  if (!data?.request) return <ErrorMessage error={error} />;
  const r = data.request;
  const statuses = data.workflows.find((w) => w.kind === r.kind)?.statuses ?? [];

  async function submit() {
    // The status on screen is what this change is based on: if someone changed it meanwhile, the server answers CONFLICT.
    const result = await change({ input: { requestId: id, statusId, comment: comment || null, expectedStatusId: r.status.id } });
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
      <h2>{t('request.history')}</h2>
      <ol className="timeline">
        {r.history.map((h) => (
          <li key={h.id}>
            <strong>{h.fromStatus ? `${h.fromStatus.name} → ` : ''}{h.toStatus.name}</strong> <span className="muted">· {formatDateTime(h.at)} · {h.changedByName}</span>
            {h.comment && <p>{h.comment}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
