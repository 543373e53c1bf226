import { useEffect, useId, useRef, useState } from 'react';
import { CombinedError, useClient } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { megabytes, PROOF_ACCEPT, proofProblem, uploadProof } from './proof-upload';

const MarkBillPaidMutation = graphql(`
  mutation MarkBillPaid($billId: ID!, $proofFileId: ID!) {
    markBillPaid(billId: $billId, proofFileId: $proofFileId)
  }
`);

/** A refusal found before sending, on the file's field. */
const onTheFile = (message: string) => new CombinedError({ graphQLErrors: [{ message, extensions: { field: 'file' } }] });

/** Every name the server gives the proof (the upload's `file` and `name`, the mutation's `proofFileId`) is the file's field. */
const proofField = (field: string) => (['file', 'name', 'purpose', 'proofFileId'].includes(field) ? 'file' : field);

/**
 * R-FIN-7 (obras): "Marcar como pago" opens the choice of the proof; sent, the file goes up first
 * (POST /files, purpose PAYMENT_PROOF) and then the bill is marked naming it. The builder sees it
 * at once; the bill then says when it was marked, with the proof.
 */
export function MarkPaid({ billId, onMarked }: { billId: string; onMarked(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [focusToggle, setFocusToggle] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusToggle && !open) toggle.current?.focus();
  }, [focusToggle, open]);

  if (!open) {
    return (
      <div className="mark-paid">
        <button type="button" className="secondary" ref={toggle} onClick={() => setOpen(true)}>{t('finance.markPaidOpen')}</button>
      </div>
    );
  }
  return (
    <ProofForm
      billId={billId} onMarked={onMarked}
      onCancel={() => {
        setOpen(false);
        setFocusToggle(true);
      }}
    />
  );
}

function ProofForm({ billId, onMarked, onCancel }: { billId: string; onMarked(): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const client = useClient();
  const id = useId().replace(/[^\w-]/g, '');
  const [error, setError] = useState<CombinedError | null>(null);
  // Marked: the form waits (busy) for the page to read the bill again, which then replaces it.
  const [marked, setMarked] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => file.current?.focus(), []);

  /** The server's words (Portuguese) for the upload's refusals; in English, the app's own for those it knows. */
  function inLocale(refusal: CombinedError, chosen: File): CombinedError {
    if (locale !== 'en') return refusal;
    return new CombinedError({
      response: refusal.response,
      networkError: refusal.networkError,
      graphQLErrors: refusal.graphQLErrors.map((e) => {
        const reason = e.extensions?.reason;
        if (reason === 'TYPE' || reason === 'TOO_LARGE' || reason === 'EMPTY') return { message: problemText(reason, chosen), extensions: e.extensions };
        return e;
      }),
    });
  }

  function problemText(problem: 'TYPE' | 'TOO_LARGE' | 'EMPTY', chosen: File): string {
    if (problem === 'TYPE') return t('finance.proofType');
    if (problem === 'EMPTY') return t('finance.proofEmpty');
    return t('finance.proofTooLarge', { size: megabytes(chosen.size, locale) });
  }

  async function send() {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError(onTheFile(t('finance.proofMissing')));
    const problem = proofProblem(chosen);
    if (problem) return setError(onTheFile(problemText(problem, chosen)));
    setError(null);
    const uploaded = await uploadProof(chosen, locale);
    if ('error' in uploaded) return setError(inLocale(uploaded.error, chosen));
    const result = await client.mutation(MarkBillPaidMutation, { billId, proofFileId: uploaded.id }).toPromise();
    if (!result.data?.markBillPaid) return setError(result.error ?? new CombinedError({ networkError: new Error('no answer') }));
    setMarked(true);
    onMarked();
  }

  return (
    <Form
      className="form mark-paid" onSubmit={send} error={error} busy={marked} rename={proofField} aria-label={t('finance.markPaidOpen')} data-testid="mark-paid">
      <p className="help">{t('finance.markPaidIntro')}</p>
      <Field name="file" label={t('finance.proofLabel')} help={t('finance.proofHelp')}>
        <input id={`${id}-file`} ref={file} type="file" accept={PROOF_ACCEPT} onChange={() => setError(null)} />
      </Field>
      <div className="actions">
        <SubmitButton busyLabel={t('finance.markPaidBusy')}>{t('finance.markPaid')}</SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>{t('finance.cancel')}</button>
      </div>
    </Form>
  );
}
