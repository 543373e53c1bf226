import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { formatDateTime } from '../shared/format/dates';
import { Empty, ErrorMessage, Loading } from '../ui/Status';

const ContactQuery = graphql(`
  query Contact {
    contactTypes {
      id
      name
    }
    myUnits {
      id
      name
      development {
        id
        name
      }
    }
    myContactMessages {
      id
      subject
      body
      status
      createdAt
      unitName
      developmentName
      type {
        id
        name
      }
      opinions {
        id
        status
        text
        createdAt
      }
    }
  }
`);

const SendContactMessageMutation = graphql(`
  mutation SendContactMessage($input: SendContactMessageInput!) {
    sendContactMessage(input: $input) {
      id
    }
  }
`);

const ContactChangedSubscription = graphql(`
  subscription ContactChanged {
    myContactMessageChanged
  }
`);

/** Fale Conosco (R-CONTACT-1, R-CONTACT-2): send a message about a unit or in general; read the pareceres meant for you. */
export function ContactPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContactQuery });
  // Live (R-CONTACT-2): a parecer meant for the customer shows without reloading.
  useSubscription({ query: ContactChangedSubscription }, (_, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <>
      <h1>{t('contact.title')}</h1>
      <p className="muted">{t('contact.intro')}</p>
      {data.contactTypes.length === 0
        ? <Empty title={t('contact.noTypes')} why={t('contact.noTypesWhy')} />
        : <ContactForm types={data.contactTypes} units={data.myUnits} onSent={() => refetch({ requestPolicy: 'network-only' })} />}
      <h2>{t('contact.mine')}</h2>
      {data.myContactMessages.length === 0
        ? <Empty title={t('contact.none')} why={t('contact.noneWhy')} />
        : <ul className="list">{data.myContactMessages.map((m) => <li key={m.id}><MessageCard message={m} /></li>)}</ul>}
    </>
  );
}

function ContactForm({ types, units, onSent }: {
  types: { id: string; name: string }[];
  units: { id: string; name: string; development: { name: string } }[];
  onSent: () => void;
}) {
  const { t } = useI18n();
  const [state, send] = useMutation(SendContactMessageMutation);
  const [typeId, setTypeId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);

  async function submit() {
    setSent(false);
    const result = await send({ input: { typeId, unitId: unitId || null, subject, body } });
    if (!result.data) return;
    setTypeId(''); setUnitId(''); setSubject(''); setBody('');
    setSent(true);
    onSent();
  }

  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-label={t('contact.new')} heading={<h2>{t('contact.new')}</h2>}>
      {sent && <p role="status" className="notice">{t('contact.sent')}</p>}
      <Field name="typeId" label={t('contact.type')}>
        <select id="contact-type" value={typeId} onChange={(e) => setTypeId(e.target.value)} required>
          <option value="">{t('contact.choose')}</option>
          {types.map((type) => <option key={type.id} value={type.id}>{type.name}</option>)}
        </select>
      </Field>
      <Field name="unitId" label={t('contact.unit')} help={units.length ? undefined : t('contact.noUnits')}>
        <select id="contact-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">{t('contact.general')}</option>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name} · {u.development.name}</option>)}
        </select>
      </Field>
      <Field name="subject" label={t('contact.subject')}>
        <input id="contact-subject" value={subject} onChange={(e) => setSubject(e.target.value)} required maxLength={200} />
      </Field>
      <Field name="body" label={t('contact.body')}>
        <textarea id="contact-body" rows={5} value={body} onChange={(e) => setBody(e.target.value)} required maxLength={5000} />
      </Field>
      <SubmitButton>{t('contact.send')}</SubmitButton>
    </Form>
  );
}

type Message = {
  id: string; subject: string; body: string; status: 'PENDING' | 'READ' | 'NOTE' | 'RESOLVED' | 'CLOSED'; createdAt: string;
  unitName?: string | null; developmentName?: string | null; type: { name: string };
  opinions: { id: string; status: Message['status']; text: string; createdAt: string }[];
};

function MessageCard({ message }: { message: Message }) {
  const { t } = useI18n();
  const label = useLabel();
  const done = message.status === 'RESOLVED' || message.status === 'CLOSED';
  return (
    <article className="card" aria-labelledby={`contact-${message.id}`}>
      <div className="top">
        <h3 id={`contact-${message.id}`}>{message.subject}</h3>
        <span className={done ? 'badge done' : 'badge'}>{label('ContactStatus', message.status)}</span>
      </div>
      <p className="muted">
        {message.type.name} · {message.unitName ? `${message.unitName} · ${message.developmentName ?? ''}` : t('contact.generalShort')} · {t('contact.sentAt', { date: formatDateTime(message.createdAt) })}
      </p>
      <p style={{ whiteSpace: 'pre-wrap' }}>{message.body}</p>
      {message.opinions.length === 0
        ? <p className="muted">{t('contact.noOpinions')}</p>
        : (
          <>
            <h4>{t('contact.opinions')}</h4>
            <ol className="timeline">
              {message.opinions.map((o) => (
                <li key={o.id}>
                  <strong>{label('ContactStatus', o.status)}</strong> <span className="muted">· {formatDateTime(o.createdAt)}</span>
                  <p>{o.text}</p>
                </li>
              ))}
            </ol>
          </>
        )}
    </article>
  );
}
