import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

export const MyTwoFactorQuery = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      enabledAt
      recoveryCodesLeft
      required
    }
  }
`);
const StartEnrolment = graphql(`mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }`);
const ConfirmEnrolment = graphql(`mutation ConfirmTwoFactorEnrolment($twoFactorCode: String!) { confirmTwoFactorEnrolment(twoFactorCode: $twoFactorCode) }`);
const Regenerate = graphql(`mutation RegenerateRecoveryCodes($twoFactorCode: String!) { regenerateRecoveryCodes(twoFactorCode: $twoFactorCode) }`);
const Disable = graphql(`mutation DisableTwoFactor($twoFactorCode: String!) { disableTwoFactor(twoFactorCode: $twoFactorCode) }`);

/** R-AUTH-8: "Minha conta" › two-step verification — turn it on (QR, key, first code, recovery codes shown once), new recovery codes, turn it off. */
export function TwoFactorSettings() {
  const { t } = useI18n();
  // The company's rule may have changed since (Equipe): read it again on every visit.
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyTwoFactorQuery, requestPolicy: 'cache-and-network' });
  const [codes, setCodes] = useState<string[] | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={reload} />;
  const status = data.myTwoFactor;

  return (
    <section className="card" aria-labelledby="two-factor-title" id="verificacao-em-duas-etapas">
      <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
      <p className="help">{t('twoFactor.help')}</p>
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => { setCodes(null); reload(); }} />
      ) : status.enabled ? (
        <>
          <p data-testid="two-factor-status">{t('twoFactor.on', { date: formatDate(status.enabledAt) })} {t('twoFactor.codesLeft', { count: status.recoveryCodesLeft })}</p>
          <CodeAction id="regenerate" mutation={Regenerate} title={t('twoFactor.regenerateTitle')} help={t('twoFactor.regenerateHelp')} submit={t('twoFactor.regenerate')}
            onDone={(answer) => setCodes((answer as { regenerateRecoveryCodes: string[] }).regenerateRecoveryCodes)} />
          {status.required
            ? <p className="muted">{t('twoFactor.requiredNote')}</p>
            : <CodeAction id="disable" mutation={Disable} title={t('twoFactor.disableTitle')} help={t('twoFactor.disableHelp')} submit={t('twoFactor.disable')}
                onDone={() => { setTurnedOff(true); reload(); }} />}
        </>
      ) : (
        <>
          {turnedOff && <p className="notice" role="status">{t('twoFactor.disabled')}</p>}
          <p data-testid="two-factor-status">{t('twoFactor.off')}</p>
          <Enrolment onEnabled={setCodes} />
        </>
      )}
    </section>
  );
}

/** Turning it on: the key and its QR, then the app's first code; answers the recovery codes. */
export function Enrolment({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useI18n();
  const [startState, start] = useMutation(StartEnrolment);
  const [confirmState, confirm] = useMutation(ConfirmEnrolment);
  const [code, setCode] = useState('');
  const enrolment = startState.data?.startTwoFactorEnrolment;

  if (!enrolment) {
    return (
      <div className="actions">
        <button type="button" className="primary" disabled={startState.fetching} onClick={() => start({})}>{t('twoFactor.start')}</button>
        {startState.error && <ErrorMessage error={startState.error} />}
      </div>
    );
  }
  async function submit() {
    const result = await confirm({ twoFactorCode: code });
    if (result.data) onEnabled(result.data.confirmTwoFactorEnrolment);
  }
  return (
    <Form className="form" onSubmit={submit} error={confirmState.error} busy={confirmState.fetching} aria-label={t('twoFactor.title')}>
      <p>{t('twoFactor.scan')}</p>
      {/* The SVG is drawn by the server (the qrcode package) from the otpauth:// address alone. */}
      <div className="qr" role="img" aria-label={t('twoFactor.qrAlt')} dangerouslySetInnerHTML={{ __html: enrolment.qrCodeSvg }} />
      <p>{t('twoFactor.typeKey')} <code data-testid="two-factor-key" className="secret">{enrolment.secret}</code></p>
      <p>{t('twoFactor.confirmStep')}</p>
      <Field name="twoFactorCode" label={t('twoFactor.code')}>
        <input id="two-factor-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} required />
      </Field>
      <SubmitButton>{t('twoFactor.confirm')}</SubmitButton>
    </Form>
  );
}

/** The 10 recovery codes, shown this once. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div aria-labelledby="recovery-title" role="region">
      <h3 id="recovery-title">{t('twoFactor.recoveryTitle')}</h3>
      <p className="notice">{t('twoFactor.recoveryHelp')}</p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.map((c) => <li key={c}><code>{c}</code></li>)}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => navigator.clipboard?.writeText(codes.join('\n')).then(() => setCopied(true), () => undefined)}>{t('twoFactor.copy')}</button>
        {copied && <span role="status">{t('twoFactor.copied')}</span>}
        <button type="button" className="primary" onClick={onDone}>{t('twoFactor.saved')}</button>
      </div>
    </div>
  );
}

/** A step that takes a current code from the app (new recovery codes, turning it off). */
function CodeAction({ id, mutation, title, help, submit, onDone }: {
  id: string;
  mutation: typeof Regenerate | typeof Disable;
  title: string;
  help: string;
  submit: string;
  onDone: (answer: unknown) => void;
}) {
  const { t } = useI18n();
  const [state, run] = useMutation(mutation as typeof Regenerate);
  const [code, setCode] = useState('');
  async function send() {
    const result = await run({ twoFactorCode: code });
    if (result.data) { setCode(''); onDone(result.data); }
  }
  return (
    <Form className="form" onSubmit={send} error={state.error} busy={state.fetching} aria-labelledby={`${id}-title`}
      heading={<><h3 id={`${id}-title`}>{title}</h3><p className="help">{help}</p></>}>
      <Field name="twoFactorCode" label={t('twoFactor.code')}>
        <input id={`${id}-code`} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} required />
      </Field>
      <SubmitButton>{submit}</SubmitButton>
    </Form>
  );
}
