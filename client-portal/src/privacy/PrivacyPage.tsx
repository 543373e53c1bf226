import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ConsentPurpose, PrivacyQuery as PrivacyData } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { formatDate, formatDateTime } from '../shared/format/dates';
import { ErrorMessage, Loading } from '../ui/Status';
import { OfficerContact } from './OfficerContact';
import './privacy.css';

const PrivacyPageQuery = graphql(`
  query Privacy {
    myConsents {
      purpose
      granted
      text
      outdated
      grantedAt
      source
      revokedAt
      history {
        textVersion
        source
        grantedAt
        revokedAt
        revokedSource
      }
    }
    myDeletionRequests {
      id
      status
      reason
      requestedAt
      decidedAt
      refusalReason
      retainedUntil
      retained {
        id
        kind
        description
        legalBasis
        retainUntil
      }
    }
    dataProtectionOfficer {
      ...OfficerFields
    }
  }
`);

const AccessLogQuery = graphql(`
  query MyDataAccessLog($after: String) {
    myDataAccessLog(first: 20, after: $after) {
      nodes {
        id
        at
        who
        byStaff
        what
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SetConsentMutation = graphql(`
  mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {
    setConsent(purpose: $purpose, granted: $granted) {
      purpose
      granted
      outdated
      grantedAt
      source
      revokedAt
    }
  }
`);

const RequestDeletionMutation = graphql(`
  mutation RequestDataDeletion($reason: String) {
    requestDataDeletion(reason: $reason) {
      id
      status
    }
  }
`);

/** Where the customer's copy of their data is served (server/src/http/data-export.ts). */
export const EXPORT_URL = '/privacy/export.zip';

/**
 * R-OPS-3 (LGPD): "Seus dados e privacidade" — the consents with their text and a switch, the
 * download of a copy of the data, who from the company looked at it, the request to delete it,
 * and the data-protection officer. Phone first: one column, large targets.
 */
export function PrivacyPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PrivacyPageQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={reload} />;
  return (
    <div className="privacy">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <nav aria-label={t('privacy.sections')} className="privacy-toc">
        <ul>
          <li><a href="#consentimentos">{t('privacy.consents')}</a></li>
          <li><a href="#baixar">{t('privacy.download')}</a></li>
          <li><a href="#acessos">{t('privacy.accessLog')}</a></li>
          <li><a href="#exclusao">{t('privacy.deletion')}</a></li>
          <li><a href="#encarregado">{t('privacy.officer')}</a></li>
        </ul>
      </nav>
      <Consents consents={data.myConsents} onChanged={reload} />
      <Download />
      <AccessLog />
      <Deletion requests={data.myDeletionRequests} onChanged={reload} />
      <section className="card" id="encarregado" aria-labelledby="encarregado-title">
        <h2 id="encarregado-title">{t('privacy.officer')}</h2>
        <OfficerContact officer={data.dataProtectionOfficer ?? null} />
      </section>
    </div>
  );
}

type Consent = PrivacyData['myConsents'][number];
type Request = PrivacyData['myDeletionRequests'][number];

type ConsentNow = Pick<Consent, 'granted' | 'outdated' | 'grantedAt' | 'source' | 'revokedAt'>;

function Consents({ consents, onChanged }: { consents: Consent[]; onChanged: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, setConsent] = useMutation(SetConsentMutation);
  const [changed, setChanged] = useState<string | null>(null);
  // What the server answered, shown at once (the list with its history reloads behind it).
  const [answered, setAnswered] = useState<Partial<Record<ConsentPurpose, ConsentNow>>>({});
  async function toggle(purpose: ConsentPurpose, granted: boolean) {
    setChanged(null);
    const result = await setConsent({ purpose, granted });
    if (result.data) {
      setAnswered({ ...answered, [purpose]: result.data.setConsent });
      setChanged(t(granted ? 'privacy.consentGiven' : 'privacy.consentRevoked', { purpose: label('ConsentPurpose', purpose) }));
      onChanged();
    }
  }
  return (
    <section className="card" id="consentimentos" aria-labelledby="consentimentos-title">
      <h2 id="consentimentos-title">{t('privacy.consents')}</h2>
      <p className="muted">{t('privacy.consentsIntro')}</p>
      {changed && <p role="status" className="notice">{changed}</p>}
      <ErrorMessage error={state.error} />
      <ul className="privacy-consents">
        {consents.map((listed) => {
          const c = { ...listed, ...answered[listed.purpose] };
          const id = `consent-${c.purpose}`;
          return (
            <li key={c.purpose} className="privacy-consent">
              <div className="privacy-switch">
                <input
                  id={id} type="checkbox" role="switch" checked={c.granted} disabled={state.fetching}
                  aria-describedby={`${id}-text ${id}-state`}
                  onChange={(e) => void toggle(c.purpose, e.target.checked)}
                />
                <label htmlFor={id}><strong>{label('ConsentPurpose', c.purpose)}</strong></label>
              </div>
              <p id={`${id}-text`} className="privacy-text">“{c.text}”</p>
              <p id={`${id}-state`} className="muted">
                {c.granted
                  ? t('privacy.grantedOn', { date: formatDateTime(c.grantedAt), source: label('ConsentSource', c.source) })
                  : c.revokedAt ? t('privacy.revokedOn', { date: formatDateTime(c.revokedAt) }) : t('privacy.neverGiven')}
              </p>
              {c.outdated && (
                <p className="notice">
                  {t('privacy.outdated')}{' '}
                  <button type="button" className="secondary" onClick={() => void toggle(c.purpose, true)}>{t('privacy.acceptNew')}</button>
                </p>
              )}
              {c.history.length > 0 && (
                <details>
                  <summary>{t('privacy.history', { count: String(c.history.length) })}</summary>
                  <ul className="privacy-history">
                    {c.history.map((h) => (
                      <li key={`${h.grantedAt}-${h.textVersion}`}>
                        {t('privacy.historyGiven', { date: formatDateTime(h.grantedAt), source: label('ConsentSource', h.source) })}
                        {h.revokedAt && ` · ${t('privacy.historyRevoked', { date: formatDateTime(h.revokedAt), source: label('ConsentSource', h.revokedSource) })}`}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Download() {
  const { t } = useI18n();
  return (
    <section className="card" id="baixar" aria-labelledby="baixar-title">
      <h2 id="baixar-title">{t('privacy.download')}</h2>
      <p>{t('privacy.downloadIntro')}</p>
      <p><a className="button" href={EXPORT_URL} download>{t('privacy.downloadButton')}</a></p>
      <p className="muted">{t('privacy.downloadNote')}</p>
    </section>
  );
}

function AccessLog() {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<{ id: string; at: string; who: string; byStaff: boolean; what: string }[]>([]);
  const [{ data, fetching, error }] = useQuery({ query: AccessLogQuery, variables: { after } });
  const page = data?.myDataAccessLog;
  const entries = [...earlier, ...(page?.nodes ?? [])];
  return (
    <section className="card" id="acessos" aria-labelledby="acessos-title">
      <h2 id="acessos-title">{t('privacy.accessLog')}</h2>
      <p className="muted">{t('privacy.accessLogIntro')}</p>
      <ErrorMessage error={error} />
      {fetching && !page && <Loading />}
      {page && entries.length === 0 && <p className="notice empty">{t('privacy.accessLogEmpty')}</p>}
      {entries.length > 0 && (
        <ol className="privacy-log">
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              <span><strong>{e.who}</strong>{e.byStaff ? ` ${t('privacy.staffTag')}` : ''}</span>
              <span>{e.what}</span>
            </li>
          ))}
        </ol>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="secondary" disabled={fetching} onClick={() => { setEarlier(entries); setAfter(page.pageInfo.endCursor ?? null); }}>
          {t('privacy.more')}
        </button>
      )}
    </section>
  );
}

function Deletion({ requests, onChanged }: { requests: Request[]; onChanged: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, ask] = useMutation(RequestDeletionMutation);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const pending = requests.find((r) => r.status === 'PENDING');
  async function submit() {
    const result = await ask({ reason: reason.trim() || null });
    if (result.data) {
      setConfirming(false);
      setReason('');
      onChanged();
    }
  }
  return (
    <section className="card" id="exclusao" aria-labelledby="exclusao-title">
      <h2 id="exclusao-title">{t('privacy.deletion')}</h2>
      <p>{t('privacy.deletionWhat')}</p>
      <ul>
        <li>{t('privacy.deletionErased')}</li>
        <li>{t('privacy.deletionKept')}</li>
        <li>{t('privacy.deletionLogin')}</li>
      </ul>
      <p className="muted">{t('privacy.deletionInstead')}</p>
      {requests.map((r) => (
        <div key={r.id} className="privacy-request" data-testid="deletion-request">
          <p>
            <strong>{label('DeletionRequestStatus', r.status)}</strong>
            {' · '}{t('privacy.requestedOn', { date: formatDateTime(r.requestedAt) })}
            {r.decidedAt && ` · ${t('privacy.decidedOn', { date: formatDateTime(r.decidedAt) })}`}
          </p>
          {r.status === 'PENDING' && <p className="muted">{t('privacy.pendingHelp')}</p>}
          {r.refusalReason && <p>{t('privacy.refusedBecause', { reason: r.refusalReason })}</p>}
          {r.retained.length > 0 && (
            <details>
              <summary>{t('privacy.retainedSummary', { count: String(r.retained.length), date: formatDate(r.retainedUntil) })}</summary>
              <ul className="privacy-history">
                {r.retained.map((x) => (
                  <li key={x.id}>{label('RetainedRecordKind', x.kind)}: {x.description} — {t('privacy.keptUntil', { date: formatDate(x.retainUntil) })}. <span className="muted">{x.legalBasis}</span></li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
      {!pending && !confirming && (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>{t('privacy.deletionButton')}</button>
      )}
      {!pending && confirming && (
        <form className="privacy-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <label htmlFor="deletion-reason">{t('privacy.reason')}</label>
          <textarea id="deletion-reason" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <p className="notice">{t('privacy.confirmText')}</p>
          <ErrorMessage error={state.error} />
          <div className="actions">
            <button type="submit" className="danger" disabled={state.fetching}>{t('privacy.confirmButton')}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t('privacy.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
