import { useId, useState } from 'react';
import { CombinedError, useClient, useMutation } from 'urql';
import { graphql } from '../gql';
import type { TaxStatementQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionButton } from '../shared/forms/buttons';
import { ErrorMessage } from '../ui/Status';
import { amountText } from './amount';

const EmailStatementMutation = graphql(`
  mutation EmailStatement($reservationId: ID!) {
    emailStatement(reservationId: $reservationId)
  }
`);

const TaxStatementQueryDoc = graphql(`
  query TaxStatement($reservationId: ID!, $year: Int!) {
    taxStatement(reservationId: $reservationId, year: $year) {
      year
      total {
        amount
      }
      series
      pdfUrl
    }
  }
`);

/** Starts the download of a same-origin file the session may read (the attachment keeps the page where it is). */
function download(url: string) {
  const link = document.createElement('a');
  link.href = `${url}?download=1`;
  link.download = '';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * The purchase's documents: the statement (extrato) to open or to receive by e-mail — always
 * offered (R-FIN-4) — and the income-tax statement of a year (R-FIN-5), which is asked first so
 * that a refusal (a series the portal does not sum) is read in words, never as a broken download.
 */
export function FinanceDocuments({ reservationId, statementUrl, taxYears, headingId }: { reservationId: string; statementUrl: string; taxYears: number[]; headingId: string }) {
  const { t } = useI18n();
  const [emailState, emailStatement] = useMutation(EmailStatementMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function sendStatement() {
    setSentTo(null);
    const result = await emailStatement({ reservationId });
    if (result.data) setSentTo(result.data.emailStatement);
  }

  return (
    <section aria-labelledby={headingId} data-testid="finance-documents">
      <h2 id={headingId}>{t('finance.documents')}</h2>
      <div className="card">
        <h3>{t('finance.statementTitle')}</h3>
        <p className="help">{t('finance.statementHelp')}</p>
        <div className="actions">
          <a className="button secondary" href={statementUrl} target="_blank" rel="noreferrer">{t('finance.statement')}</a>
          <ActionButton className="secondary" onClick={sendStatement} busy={emailState.fetching}>{t('finance.emailStatement')}</ActionButton>
        </div>
        {sentTo && <p className="notice" role="status">{t('finance.emailSent', { email: sentTo })}</p>}
        <ErrorMessage error={emailState.error} />
      </div>
      <TaxStatement reservationId={reservationId} years={taxYears} />
    </section>
  );
}

type Ready = TaxStatementQuery['taxStatement'];

function TaxStatement({ reservationId, years }: { reservationId: string; years: number[] }) {
  const { t, locale, errorText } = useI18n();
  const client = useClient();
  const id = useId();
  const [year, setYear] = useState(years[0] ?? null);
  const [ready, setReady] = useState<Ready | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** A refusal in words: the server's (Portuguese) message; in English, ours, naming the same series. */
  function refusal(error: CombinedError): string {
    const first = error.graphQLErrors[0];
    if (first?.extensions?.code === 'TAX_SERIES_NOT_CONFIGURED' && (locale === 'en' || !first.message)) {
      const series = Array.isArray(first.extensions.series) ? first.extensions.series.map((s) => `"${String(s)}"`).join(', ') : '';
      return t('finance.taxSeriesMissing', { year: String(first.extensions.year ?? year), series });
    }
    return errorText(error) || t('error.generic');
  }

  async function fetchStatement() {
    if (year === null) return;
    setProblem(null);
    setReady(null);
    const result = await client.query(TaxStatementQueryDoc, { reservationId, year }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      setReady(result.data.taxStatement);
      download(result.data.taxStatement.pdfUrl);
    } else setProblem(refusal(result.error ?? new CombinedError({ networkError: new Error('no answer') })));
  }

  return (
    <div className="card tax" data-testid="tax-statement">
      <h3>{t('finance.taxStatement')}</h3>
      <p className="help">{t('finance.taxHelp')}</p>
      {years.length === 0 || year === null ? (
        <p className="muted">{t('finance.noTaxYears')}</p>
      ) : (
        <>
          <div className="tax-form">
            <div className="field">
              <label htmlFor={`${id}-year`}>{t('finance.taxYear')}</label>
              <select
                id={`${id}-year`}
                value={year}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(e) => { setYear(Number(e.target.value)); setProblem(null); setReady(null); }}
              >
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </div>
            <ActionButton onClick={fetchStatement} busyLabel={t('finance.taxBusy')}>{t('finance.taxDownload')}</ActionButton>
          </div>
          {problem && <div role="alert" id={`${id}-problem`} className="notice error" data-testid="tax-problem"><p>{problem}</p></div>}
          {ready && (
            <p className="notice" role="status">
              {t('finance.taxReady', { year: ready.year, total: amountText(ready.total), series: ready.series.join(', ') })}{' '}
              <a href={ready.pdfUrl} target="_blank" rel="noreferrer">{t('finance.taxLink', { year: ready.year })}</a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
