import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';

const MarkBillPaidMutation = graphql(`mutation MarkBillPaid($billId: ID!, $proofFileId: ID!) { markBillPaid(billId: $billId, proofFileId: $proofFileId) }`);

/**
 * R-FIN-7 (obras): the user marks a bill as paid with the proof — the file goes first to
 * `POST /files` (purpose PAYMENT_PROOF; the custom headers are the CSRF protection), then the
 * mark names it. The builder sees it at once.
 */
export function MarkPaid({ billId, onChanged }: { billId: string; onChanged(): void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [, mark] = useMutation(MarkBillPaidMutation);

  async function send() {
    if (!file) return setProblem(t('finance.proofMissing'));
    setSending(true);
    setProblem(null);
    try {
      const response = await fetch('/files', {
        method: 'POST', body: file, credentials: 'same-origin',
        headers: { 'X-Habite-File-Name': encodeURIComponent(file.name), 'X-Habite-File-Purpose': 'PAYMENT_PROOF', 'X-Habite-App': 'client' },
      });
      const body = (await response.json()) as { id?: string; errors?: { message: string }[] };
      if (!response.ok || !body.id) return setProblem(body.errors?.[0]?.message ?? t('finance.proofFailed'));
      const result = await mark({ billId, proofFileId: body.id });
      if (result.error) return setProblem(result.error.graphQLErrors[0]?.message ?? t('finance.proofFailed'));
      onChanged();
    } catch {
      setProblem(t('finance.proofFailed'));
    } finally {
      setSending(false);
    }
  }

  const input = `proof-${billId}`;
  return (
    <div className="mark-paid" data-testid="mark-paid">
      <label htmlFor={input}>{t('finance.proofLabel')}</label>
      <input id={input} type="file" accept=".pdf,image/jpeg,image/png" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${input}-error` : undefined} />
      {problem && <p id={`${input}-error`} className="field-error" role="alert">{problem}</p>}
      <button type="button" onClick={send} disabled={sending} aria-busy={sending || undefined}>{t('finance.markPaid')}</button>
    </div>
  );
}
