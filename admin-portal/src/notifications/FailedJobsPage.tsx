import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { ActionButton } from '@shared/forms/buttons';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

const FailedJobsQuery = graphql(`
  query FailedJobs {
    failedJobs {
      id
      description
      error
      retries
      createdAt
      failedAt
    }
  }
`);

const RetryFailedJob = graphql(`
  mutation RetryFailedJob($id: ID!) {
    retryFailedJob(id: $id)
  }
`);

/** R-NOTIFY-3: what the queue gave up on after every retry (a notice that did not go out, a digest that failed), and "tentar de novo". */
export function FailedJobsPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: FailedJobsQuery });
  const [state, retry] = useMutation(RetryFailedJob);
  if (fetching && !data) return <Loading />;
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p className="muted">{t('queue.intro')}</p>
      <ErrorMessage error={error ?? state.error} />
      {data && data.failedJobs.length === 0 && <p className="notice">{t('queue.empty')}</p>}
      <ul className="list">
        {data?.failedJobs.map((j) => (
          <li key={j.id}>
            <strong>{j.description}</strong>
            <div className="muted">{t('queue.failedAt', { at: formatDateTime(j.failedAt ?? j.createdAt), retries: j.retries })}</div>
            {j.error && <div>{j.error}</div>}
            <ActionButton onClick={async () => { const r = await retry({ id: j.id }); if (r.data) refetch({ requestPolicy: 'network-only' }); }}>{t('queue.retry')}</ActionButton>
          </li>
        ))}
      </ul>
    </>
  );
}
