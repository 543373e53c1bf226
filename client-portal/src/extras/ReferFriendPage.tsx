import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { SubmitButton } from '../shared/forms/buttons';
import { Field, FieldGroup } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { formatDate } from '../shared/format/dates';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import './extras.css';

const ReferralsQuery = graphql(`
  query MyReferrals {
    myReferrals {
      id
      friendName
      phone
      email
      developmentName
      createdAt
    }
    referFriendDevelopments {
      id
      name
    }
  }
`);

const ReferFriendMutation = graphql(`
  mutation ReferFriend($input: ReferFriendInput!) {
    referFriend(input: $input) {
      id
    }
  }
`);

/** Indique um amigo (showReferFriend): the referral form, with the friend's consent (LGPD), and the customer's referrals. */
export function ReferFriendPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReferralsQuery });
  const [state, send] = useMutation(ReferFriendMutation);
  const [friendName, setFriendName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [developmentId, setDevelopmentId] = useState('');
  const [note, setNote] = useState('');
  const [consent, setConsent] = useState(false);
  const [sent, setSent] = useState(false);

  async function submit() {
    setSent(false);
    const result = await send({ input: { friendName, phone: phone || null, email: email || null, developmentId: developmentId || null, note: note || null, consent } });
    if (!result.data) return;
    setFriendName(''); setPhone(''); setEmail(''); setDevelopmentId(''); setNote(''); setConsent(false);
    setSent(true);
    refetch({ requestPolicy: 'network-only' });
  }

  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <>
      <h1>{t('refer.title')}</h1>
      <p>{t('refer.intro')}</p>
      <Form className="card form" onSubmit={submit} error={state.error} aria-label={t('refer.title')}>
        {sent && <p role="status" className="notice">{t('refer.sent')}</p>}
        <Field name="friendName" label={t('refer.friendName')}>
          <input id="refer-name" value={friendName} onChange={(e) => setFriendName(e.target.value)} required maxLength={160} autoComplete="off" />
        </Field>
        <Field name="phone" label={t('refer.phone')} help={t('refer.contactHelp')}>
          <input id="refer-phone" type="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={20} autoComplete="off" />
        </Field>
        <Field name="email" label={t('refer.email')}>
          <input id="refer-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} autoComplete="off" />
        </Field>
        <Field name="developmentId" label={t('refer.development')}>
          <select id="refer-development" value={developmentId} onChange={(e) => setDevelopmentId(e.target.value)}>
            <option value="">{t('refer.anyDevelopment')}</option>
            {data.referFriendDevelopments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </Field>
        <Field name="note" label={t('refer.note')}>
          <textarea id="refer-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </Field>
        <FieldGroup name="consent" legend={t('refer.consentLegend')}>
          <label className="choice">
            <input id="refer-consent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} aria-describedby="refer-consent-help" />
            <span>{t('refer.consent')}</span>
          </label>
          <p id="refer-consent-help" className="help">{t('refer.consentHelp')}</p>
        </FieldGroup>
        <SubmitButton>{t('refer.send')}</SubmitButton>
      </Form>

      <section aria-labelledby="my-referrals">
        <h2 id="my-referrals">{t('refer.mine')}</h2>
        {data.myReferrals.length === 0 ? (
          <Empty title={t('refer.none')} why={t('refer.noneWhy')} />
        ) : (
          <ul className="referrals">
            {data.myReferrals.map((r) => (
              <li key={r.id} className="card">
                <strong>{r.friendName}</strong>
                {r.developmentName && <> · {r.developmentName}</>}
                <br />
                <span className="muted">{[r.phone, r.email].filter(Boolean).join(' · ')} — {t('refer.sentOn', { date: formatDate(r.createdAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
