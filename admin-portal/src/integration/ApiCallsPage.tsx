import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { apiCallOutcomeLabel } from '../i18n/labels';
import { Pager } from '../ui/Pager';
import { ErrorMessage, Loading } from '../ui/Status';
import { IntegrationTabs } from './IntegrationTabs';

const ApiCallsQuery = graphql(`
  query ApiCalls($tokenId: ID, $after: String) {
    apiCalls(tokenId: $tokenId, first: 50, after: $after) {
      nodes {
        id
        at
        operation
        outcome
        rows
        ms
        token {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ApiCallTokensQuery = graphql(`
  query ApiCallTokens {
    apiTokens {
      id
      name
      prefix
    }
  }
`);

/** What the server logs for a call without an operation name. */
const ANONYMOUS = '(anonymous)';

/** R-SYNC-1: every call made with the company's tokens, newest first; `?token=<id>` shows one token's. */
export function ApiCallsPage() {
  const { t, locale } = useI18n();
  const [tokenId, setTokenId] = useState<string | null>(() => new URLSearchParams(location.search).get('token'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: ApiCallsQuery, variables: { tokenId, after }, requestPolicy: 'cache-and-network' });
  const [{ data: tokens }] = useQuery({ query: ApiCallTokensQuery });

  function choose(id: string | null) {
    setTokenId(id);
    setAfter(null);
    history.replaceState(null, '', id ? `${location.pathname}?token=${encodeURIComponent(id)}` : location.pathname);
  }

  return (
    <>
      <IntegrationTabs />
      <h1>{t('integration.calls')}</h1>
      <p className="muted">{t('calls.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('calls.token')}
          <select value={tokenId ?? ''} onChange={(e) => choose(e.target.value || null)}>
            <option value="">{t('calls.allTokens')}</option>
            {(tokens?.apiTokens ?? []).map((token) => <option key={token.id} value={token.id}>{token.name} ({token.prefix})</option>)}
          </select>
        </label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <>
          {data.apiCalls.nodes.length === 0 ? <p className="notice">{t('calls.none')}</p> : (
            <table className="table stack" aria-label={t('integration.calls')}>
              <thead>
                <tr>
                  <th scope="col">{t('calls.at')}</th>
                  <th scope="col">{t('calls.token')}</th>
                  <th scope="col">{t('calls.operation')}</th>
                  <th scope="col">{t('calls.outcome')}</th>
                  <th scope="col" className="number">{t('calls.rows')}</th>
                  <th scope="col" className="number">{t('calls.ms')}</th>
                </tr>
              </thead>
              <tbody>
                {data.apiCalls.nodes.map((call) => (
                  <tr key={call.id} data-testid="api-call">
                    <td data-label={t('calls.at')} className="when">{formatDateTime(call.at)}</td>
                    <td data-label={t('calls.token')}>{call.token.name}</td>
                    <td data-label={t('calls.operation')}>{call.operation === ANONYMOUS ? <span className="muted">{t('calls.unnamed')}</span> : call.operation}</td>
                    <td data-label={t('calls.outcome')}>
                      <span className={`badge ${call.outcome === 'OK' ? 'done' : 'off'}`}>{apiCallOutcomeLabel(locale, call.outcome)}</span>
                    </td>
                    <td data-label={t('calls.rows')} className="number">{call.rows.toLocaleString(locale)}</td>
                    <td data-label={t('calls.ms')} className="number">{t('calls.msValue', { ms: call.ms.toLocaleString(locale) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager after={after} pageInfo={data.apiCalls.pageInfo} onPage={setAfter} />
        </>
      )}
    </>
  );
}
