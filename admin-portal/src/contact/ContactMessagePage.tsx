import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import type { ContactStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { CONTACT_STATUSES } from './ContactInbox';
import './contact.css';

const ContactMessageQuery = graphql(`
  query ContactMessage($id: ID!) {
    contactMessage(id: $id) {
      id
      subject
      body
      status
      createdAt
      customerId
      customerName
      unitName
      blockName
      developmentName
      type {
        id
        name
      }
      opinions {
        id
        status
        text
        visibleToCustomer
        createdAt
        authorName
      }
    }
  }
`);

const AddOpinionMutation = graphql(`
  mutation AddOpinion($input: AddOpinionInput!) {
    addOpinion(input: $input) {
      id
      status
    }
  }
`);

/** One Fale Conosco message with its pareceres (Lista parecer) and the form to add one (Adicionar parecer), R-CONTACT-2. */
export function ContactMessagePage({ id }: { id: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContactMessageQuery, variables: { id } });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const m = data.contactMessage;
  return (
    <>
      <p><Link to="/admin/fale-conosco">{t('contact.back')}</Link></p>
      <div className="top">
        <h1>{m.subject}</h1>
        <span className="badge" data-testid="contact-status">{label('ContactStatus', m.status)}</span>
      </div>
      <section className="card" aria-labelledby="contact-message">
        <h2 id="contact-message" className="sr-only">{t('contact.message')}</h2>
        <dl className="facts contact-facts">
          <div><dt>{t('contact.customer')}</dt><dd>{m.customerId ? <Link to={`/admin/clientes/${m.customerId}`}>{m.customerName}</Link> : m.customerName}</dd></div>
          <div><dt>{t('contact.unit')}</dt><dd>{m.unitName ? [m.developmentName, m.blockName, m.unitName].filter(Boolean).join(' · ') : t('contact.general')}</dd></div>
          <div><dt>{t('contact.type')}</dt><dd>{m.type.name}</dd></div>
          <div><dt>{t('contact.sentAt')}</dt><dd>{formatDateTime(m.createdAt)}</dd></div>
        </dl>
        <p style={{ whiteSpace: 'pre-wrap' }}>{m.body}</p>
      </section>
      <section className="card" aria-labelledby="opinions-title">
        <h2 id="opinions-title">{t('contact.opinions')}</h2>
        {m.opinions.length === 0 ? <p className="notice">{t('contact.noOpinions')}</p> : (
          <ol className="timeline" data-testid="opinions">
            {m.opinions.map((o) => (
              <li key={o.id}>
                <strong>{label('ContactStatus', o.status)}</strong> · {formatDateTime(o.createdAt)}{o.authorName ? ` · ${o.authorName}` : ''}
                {' · '}<span className={o.visibleToCustomer ? 'badge' : 'badge warn'}>{o.visibleToCustomer ? t('contact.public') : t('contact.internal')}</span>
                <p style={{ whiteSpace: 'pre-wrap' }}>{o.text}</p>
              </li>
            ))}
          </ol>
        )}
        <OpinionForm messageId={m.id} current={m.status} onAdded={() => refetch({ requestPolicy: 'network-only' })} />
      </section>
    </>
  );
}

function OpinionForm({ messageId, current, onAdded }: { messageId: string; current: ContactStatus; onAdded: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, add] = useMutation(AddOpinionMutation);
  const [status, setStatus] = useState<ContactStatus>(current === 'PENDING' ? 'READ' : current);
  const [text, setText] = useState('');
  const [visibleToCustomer, setVisible] = useState(true);
  async function submit() {
    const result = await add({ input: { messageId, status, text, visibleToCustomer } });
    if (!result.data) return;
    setText('');
    onAdded();
  }
  return (
    <Form className="form" onSubmit={submit} error={state.error} aria-label={t('contact.addOpinion')} heading={<h3>{t('contact.addOpinion')}</h3>}>
      <Field name="status" label={t('requests.status')}>
        <select id="opinion-status" value={status} onChange={(e) => setStatus(e.target.value as ContactStatus)}>
          {CONTACT_STATUSES.map((s) => <option key={s} value={s}>{label('ContactStatus', s)}</option>)}
        </select>
      </Field>
      <Field name="text" label={t('contact.opinion')}>
        <textarea id="opinion-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} required maxLength={5000} />
      </Field>
      <label className="check">
        <input type="checkbox" checked={visibleToCustomer} onChange={(e) => setVisible(e.target.checked)} />
        {t('contact.visibleToCustomer')}
      </label>
      <SubmitButton>{t('contact.saveOpinion')}</SubmitButton>
    </Form>
  );
}
