import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime } from '@shared/format/dates';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { graphql } from '../gql';
import type { PendingDocumentationKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage } from '../ui/Status';

const CustomerExtrasQuery = graphql(`
  query CustomerExtras($id: ID!) {
    customer(id: $id) {
      id
      addressConfirmedAt
      participations {
        unit {
          id
          development {
            id
            name
          }
        }
      }
    }
    customerPendingDocumentation(customerId: $id) {
      id
      kind
      description
      developmentName
      createdAt
      resolvedAt
    }
  }
`);

const AddPendingMutation = graphql(`
  mutation AddPendingDocumentation($input: AddPendingDocumentationInput!) {
    addPendingDocumentation(input: $input) {
      id
    }
  }
`);

const ResolvePendingMutation = graphql(`
  mutation ResolvePendingDocumentation($id: ID!) {
    resolvePendingDocumentation(id: $id) {
      id
    }
  }
`);

const KINDS: PendingDocumentationKind[] = ['PROPOSAL', 'PRE_REGISTRATION'];

/** On the customer page: when they confirmed their address in the portal, and the documents their proposals and pre-registrations still need. */
export function CustomerExtras({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, error }, refetch] = useQuery({ query: CustomerExtrasQuery, variables: { id: customerId } });
  const [addState, add] = useMutation(AddPendingMutation);
  const [, resolve] = useMutation(ResolvePendingMutation);
  const [kind, setKind] = useState<PendingDocumentationKind>('PROPOSAL');
  const [developmentId, setDevelopmentId] = useState('');
  const [description, setDescription] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!data?.customer) return error ? <ErrorMessage error={error} /> : null;
  const developments = [...new Map(data.customer.participations.map((p) => [p.unit.development.id, p.unit.development.name])).entries()];

  async function submit() {
    const result = await add({ input: { customerId, developmentId: developmentId || developments[0]?.[0] || '', kind, description } });
    if (!result.data) return;
    setDescription('');
    reload();
  }

  return (
    <>
      <p className="notice" data-testid="address-confirmation">
        {data.customer.addressConfirmedAt ? t('address.confirmedAt', { date: formatDateTime(data.customer.addressConfirmedAt) }) : t('address.notConfirmed')}
      </p>
      <section className="card" aria-labelledby="pending-docs">
        <h2 id="pending-docs">{t('pending.title')}</h2>
        <p className="help">{t('pending.help')}</p>
        {data.customerPendingDocumentation.length === 0 ? <p>{t('pending.empty')}</p> : (
          <ul className="list">
            {data.customerPendingDocumentation.map((p) => (
              <li key={p.id}>
                {label('PendingDocumentationKind', p.kind)} · {p.developmentName} · <strong>{p.description}</strong> · {p.resolvedAt ? t('pending.resolvedOn', { date: formatDate(p.resolvedAt) }) : t('pending.open', { date: formatDate(p.createdAt) })}
                {!p.resolvedAt && <> {' '}<ActionButton className="secondary" onClick={() => resolve({ id: p.id }).then(reload)} aria-label={`${t('pending.resolve')}: ${p.description}`}>{t('pending.resolve')}</ActionButton></>}
              </li>
            ))}
          </ul>
        )}
        {developments.length > 0 && (
          <Form className="form" onSubmit={submit} error={addState.error} aria-label={t('pending.add')}>
            <Field name="kind" label={t('pending.kind')}>
              <select id="pending-kind" value={kind} onChange={(e) => setKind(e.target.value as PendingDocumentationKind)}>
                {KINDS.map((k) => <option key={k} value={k}>{label('PendingDocumentationKind', k)}</option>)}
              </select>
            </Field>
            <Field name="developmentId" label={t('pending.development')}>
              <select id="pending-development" value={developmentId || developments[0]![0]} onChange={(e) => setDevelopmentId(e.target.value)}>
                {developments.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
              </select>
            </Field>
            <Field name="description" label={t('pending.description')}>
              <input id="pending-description" value={description} onChange={(e) => setDescription(e.target.value)} required maxLength={300} />
            </Field>
            <SubmitButton>{t('pending.add')}</SubmitButton>
          </Form>
        )}
      </section>
    </>
  );
}
